import type { ProgrammeDashboardQuery } from '../../generated/graphql';

export type SideBalance = ProgrammeDashboardQuery['programmeDashboard']['balance'][number];

export interface BalanceMetric {
  key: 'partners' | 'eventsOrganised' | 'attendeesSent' | 'budgetPlanned' | 'budgetSpent';
  kind: 'count' | 'money';
}

/**
 * The figures the cross-side balance compares, in order. A new figure of the server's
 * SideBalance (issues raised, reports on time) is one more entry and one more label.
 */
export const BALANCE_METRICS: readonly BalanceMetric[] = [
  { key: 'partners', kind: 'count' },
  { key: 'eventsOrganised', kind: 'count' },
  { key: 'attendeesSent', kind: 'count' },
  { key: 'budgetPlanned', kind: 'money' },
  { key: 'budgetSpent', kind: 'money' },
];
