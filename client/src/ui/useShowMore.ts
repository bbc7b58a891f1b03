import type { ListLimit } from '@spilno/shared';
import { useCallback, useState } from 'react';

export interface ShowMore {
  /** What to ask the server for: one row more than is shown, within its maximum. */
  limit: number;
  /** How many rows are shown at most. */
  shown: number;
  /** Shows `step` rows more. */
  showMore: () => void;
}

/** The rows to show of an answer asked with `limit`, and whether the server holds more. */
export function visibleRows<T>(
  rows: readonly T[],
  shown: number,
  /** The list's latest rows come last (a thread, oldest first): drop the earliest. */
  fromEnd = false,
): { rows: readonly T[]; more: boolean } {
  if (rows.length <= shown) return { rows, more: false };
  return { rows: fromEnd ? rows.slice(rows.length - shown) : rows.slice(0, shown), more: true };
}

/**
 * A growing window of a list the server answers at most `limit` rows of (LIST_LIMITS): it
 * asks for one row more than it shows, so it knows whether there are more without counting
 * them, and grows by `step`. A new `resetKey` (e.g. other filters) starts again from `step`.
 */
export function useShowMore(bound: ListLimit, step = bound.default, resetKey = ''): ShowMore {
  const first = Math.min(step, bound.max);
  const [state, setState] = useState({ key: resetKey, shown: first });
  const shown = state.key === resetKey ? state.shown : first;
  const showMore = useCallback(
    () => setState({ key: resetKey, shown: Math.min(shown + step, bound.max) }),
    [resetKey, shown, step, bound.max],
  );
  return { limit: Math.min(shown + 1, bound.max), shown, showMore };
}
