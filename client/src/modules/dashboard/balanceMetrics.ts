import type { ProgrammeDashboardQuery } from '../../generated/graphql';

export type SideBalance = ProgrammeDashboardQuery['programmeDashboard']['balance'][number];

type Figure = Exclude<keyof SideBalance, '__typename' | 'sideId' | 'name' | 'country'>;

export interface BalanceMetric {
  key: Exclude<Figure, 'reportsDue'>;
  /** `outOf`: a count of `reportsDue` (the table says "1 of 2"). */
  kind: 'count' | 'money' | 'outOf';
}

/**
 * The figures the cross-side balance compares, in order. A new figure of the server's
 * SideBalance is one more entry and one more label.
 */
export const BALANCE_METRICS: readonly BalanceMetric[] = [
  { key: 'partners', kind: 'count' },
  { key: 'eventsOrganised', kind: 'count' },
  { key: 'attendeesSent', kind: 'count' },
  { key: 'budgetPlanned', kind: 'money' },
  { key: 'budgetSpent', kind: 'money' },
  { key: 'issuesRaised', kind: 'count' },
  { key: 'reportsOnTime', kind: 'outOf' },
];
