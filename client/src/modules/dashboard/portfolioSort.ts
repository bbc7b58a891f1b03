import type { PortfolioQuery } from '../../generated/graphql';

export type PortfolioEntry = PortfolioQuery['portfolio'][number];

export const PORTFOLIO_COLUMNS = [
  'code',
  'title',
  'status',
  'progress',
  'overdue',
  'lateReports',
  'eventsHeld',
  'lastEvent',
] as const;
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface PortfolioSort {
  column: PortfolioColumn;
  direction: SortDirection;
}

/** Numbers read best largest first; names and codes alphabetically. */
export function defaultDirection(column: PortfolioColumn): SortDirection {
  return column === 'code' || column === 'title' || column === 'status'
    ? 'ascending'
    : 'descending';
}

/** The next sort after a click on `column`: the other direction, or the column's default. */
export function nextSort(current: PortfolioSort, column: PortfolioColumn): PortfolioSort {
  if (current.column !== column) return { column, direction: defaultDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * The portfolio in the given order; ties keep the code order, and programmes with no held
 * event sort after those with one whichever the direction.
 */
export function sortPortfolio(
  entries: readonly PortfolioEntry[],
  { column, direction }: PortfolioSort,
  titleOf: (entry: PortfolioEntry) => string,
  locale: string,
): PortfolioEntry[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: PortfolioEntry, b: PortfolioEntry): number => {
    switch (column) {
      case 'code':
        return sign * collator.compare(a.programme.code, b.programme.code);
      case 'title':
        return sign * collator.compare(titleOf(a), titleOf(b));
      case 'status':
        return sign * collator.compare(a.programme.status, b.programme.status);
      case 'progress':
        return sign * (a.overallProgress - b.overallProgress);
      case 'overdue':
        return sign * (a.overdueActions - b.overdueActions);
      case 'lateReports':
        return sign * (a.lateReports - b.lateReports);
      case 'eventsHeld':
        return sign * (a.eventsHeld - b.eventsHeld);
      case 'lastEvent':
        if (!a.lastEventAt || !b.lastEventAt) return a.lastEventAt ? -1 : b.lastEventAt ? 1 : 0;
        return sign * a.lastEventAt.localeCompare(b.lastEventAt);
    }
  };
  return [...entries].sort(
    (a, b) => compare(a, b) || collator.compare(a.programme.code, b.programme.code),
  );
}
