import type { ProgrammeDashboardQuery } from '../../generated/graphql';

const count = <K extends string, V extends string>(key: K, value: V, n: number) =>
  ({ [key]: value, count: n }) as Record<K, V> & { count: number };

/** Test data: a dashboard of a two-side programme in the shape the server answers. */
export function dashboardFixture(): ProgrammeDashboardQuery {
  return {
    programmeDashboard: {
      programmeId: 'p1',
      overallProgress: 47.5,
      overdueActions: 1,
      actionsByStatus: [
        { ...count('status', 'PLANNED', 1) },
        { ...count('status', 'IN_PROGRESS', 2) },
        { ...count('status', 'DONE', 1) },
        { ...count('status', 'CANCELLED', 0) },
      ],
      eventsByType: [{ ...count('type', 'ROUND_TABLE', 1) }, { ...count('type', 'CONFERENCE', 2) }],
      attendeesBySide: [
        { sideId: 's1', count: 13 },
        { sideId: 's2', count: 21 },
      ],
      twinningByStatus: [
        { ...count('status', 'PROPOSED', 1) },
        { ...count('status', 'ACTIVE', 2) },
      ],
      issuesPerQuarter: [
        { ...count('quarter', '2026-Q2', 1), status: 'OPEN' },
        { ...count('quarter', '2026-Q2', 1), status: 'IN_REVIEW' },
        { ...count('quarter', '2026-Q3', 2), status: 'OPEN' },
        { ...count('quarter', '2026-Q3', 1), status: 'DISMISSED' },
      ],
      topActions: [
        {
          actionId: 'a1',
          code: '1',
          title: 'Round tables',
          status: 'IN_PROGRESS',
          progress: 75,
          overdue: true,
        },
      ],
      eventsPerQuarter: [
        {
          quarter: '2026-Q1',
          type: 'ROUND_TABLE',
          sideId: 's1',
          count: 1,
        },
        {
          quarter: '2026-Q3',
          type: 'CONFERENCE',
          sideId: 's2',
          count: 2,
        },
      ],
      indicators: [
        {
          id: 'i1',
          name: 'Agreements signed',
          unit: 'agreements',
          target: 10,
          achieved: 4,
        },
      ],
      budget: {
        currency: 'EUR',
        total: { planned: 1600, spent: 700 },
        byPartner: [{ id: 'pa1', planned: 1600, spent: 700 }],
      },
      balance: [
        {
          sideId: 's1',
          name: 'Kharkiv region',
          country: 'UA',
          partners: 1,
          eventsOrganised: 1,
          attendeesSent: 13,
          budgetPlanned: 1300,
          budgetSpent: 550,
          issuesRaised: 3,
          reportsDue: 2,
          reportsOnTime: 2,
        },
        {
          sideId: 's2',
          name: 'Lublin region',
          country: 'PL',
          partners: 1,
          eventsOrganised: 3,
          attendeesSent: 21,
          budgetPlanned: 300,
          budgetSpent: 150,
          issuesRaised: 1,
          reportsDue: 2,
          reportsOnTime: 1,
        },
      ],
    },
  };
}
