import { PAGE_LIMIT_DEFAULT } from '@spilno/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ListParams<K extends string> {
  filters: Record<K, string | null>;
  page: number;
  limit: number;
  offset: number;
  hasFilters: boolean;
  setFilter: (key: K, value: string | null) => void;
  setPage: (page: number) => void;
  clearFilters: () => void;
}

/**
 * Filters and page of a list live in the URL, so a filtered page can be bookmarked,
 * shared and restored with the back button. Changing a filter returns to page 1.
 */
export function useListParams<K extends string>(keys: readonly K[]): ListParams<K> {
  // `keys` should be a module-level constant so the memoised filters stay stable.
  const [params, setParams] = useSearchParams();

  const filters = useMemo(() => {
    const entries = keys.map((key) => [key, params.get(key) || null] as const);
    return Object.fromEntries(entries) as Record<K, string | null>;
  }, [keys, params]);

  const pageParam = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(pageParam) && pageParam > 0 ? pageParam : 1;

  const setFilter = useCallback(
    (key: K, value: string | null) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const setPage = useCallback(
    (nextPage: number) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (nextPage > 1) next.set('page', String(nextPage));
        else next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  const clearFilters = useCallback(() => setParams({}, { replace: true }), [setParams]);

  return {
    filters,
    page,
    limit: PAGE_LIMIT_DEFAULT,
    offset: (page - 1) * PAGE_LIMIT_DEFAULT,
    hasFilters: keys.some((key) => filters[key] !== null),
    setFilter,
    setPage,
    clearFilters,
  };
}
