import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { ProgrammeReportQuery } from '../graphql/programmeReport';
import { ProgrammeReportPage } from './ProgrammeReportPage';

const side = {
  __typename: 'ProgrammeSide' as const,
  id: 's1',
  name: 'Kharkiv region',
  country: 'UA',
};
const action = (id: string, code: string, parent: string | null, overdue = false) => ({
  __typename: 'Action' as const,
  id,
  code,
  title: `Action ${code}`,
  status: 'IN_PROGRESS' as const,
  progress: 40,
  dueOn: '2026-06-30',
  overdue,
  parent: parent ? { __typename: 'Action' as const, id: parent } : null,
});

const data = {
  programme: {
    __typename: 'Programme' as const,
    id: 'p1',
    code: 'KH-BE-2012',
    title: 'Cross-border cooperation',
    summary: 'Joint events.',
    status: 'ACTIVE' as const,
    startsOn: '2012-01-01',
    endsOn: '2014-12-31',
    currency: 'EUR',
    languages: ['en'],
    translations: [],
    sides: [side],
    partners: [
      {
        __typename: 'Partner' as const,
        id: 'pa1',
        role: 'LEAD' as const,
        side: { __typename: 'ProgrammeSide' as const, id: 's1' },
        organisation: {
          __typename: 'Organisation' as const,
          id: 'o1',
          name: 'Рада',
          nameEn: 'Regional Council',
        },
      },
    ],
    actions: [action('a2', '1.1', 'a1', true), action('a1', '1', null)],
    indicators: [],
    budget: {
      __typename: 'ProgrammeBudget' as const,
      currency: 'EUR',
      total: { __typename: 'BudgetLine' as const, planned: 0, spent: 0 },
      bySide: [],
    },
  },
  programmeDashboard: {
    __typename: 'ProgrammeDashboard' as const,
    programmeId: 'p1',
    overallProgress: 40,
    overdueActions: 1,
    twinningByStatus: [
      { __typename: 'TwinningStatusCount' as const, status: 'PROPOSED' as const, count: 1 },
      { __typename: 'TwinningStatusCount' as const, status: 'ACTIVE' as const, count: 1 },
    ],
    issuesByStatus: [
      { __typename: 'IssueStatusCount' as const, status: 'OPEN' as const, count: 2 },
      { __typename: 'IssueStatusCount' as const, status: 'RESOLVED' as const, count: 1 },
    ],
    cooperation: {
      __typename: 'ProgrammeCooperation' as const,
      activeTwinning: [
        {
          __typename: 'PublicTwinning' as const,
          organisations: [
            {
              __typename: 'PublicTwinningParty' as const,
              name: 'Рада',
              nameEn: 'Regional Council',
              country: 'UA',
            },
            {
              __typename: 'PublicTwinningParty' as const,
              name: 'Rada Lublin',
              nameEn: null,
              country: 'PL',
            },
          ],
          kind: 'AGREEMENT' as const,
          since: '2013-05-20',
          areas: ['Culture'],
        },
      ],
      issuesByCategory: [
        {
          __typename: 'IssueCategoryCount' as const,
          category: 'BORDER_CROSSING' as const,
          count: 3,
        },
      ],
      severeOpenIssues: [
        {
          __typename: 'SevereIssue' as const,
          id: 'i1',
          title: 'Queues at the border crossing',
          category: 'BORDER_CROSSING' as const,
          severity: 'CRITICAL' as const,
          status: 'IN_REVIEW' as const,
          raisedBy: 'Rada Lublin',
          raisedAt: '2026-03-02T10:00:00.000Z',
        },
      ],
      severeOpenIssueCount: 4,
      reporting: [
        {
          __typename: 'PeriodPunctuality' as const,
          periodId: 'rp1',
          startsOn: '2025-07-01',
          endsOn: '2025-12-31',
          dueOn: '2026-01-31',
          partners: [
            {
              __typename: 'PartnerPunctuality' as const,
              partnerId: 'pa1',
              organisation: 'Рада',
              submittedOnTime: true,
              late: false,
            },
            {
              __typename: 'PartnerPunctuality' as const,
              partnerId: 'pa2',
              organisation: 'Rada Lublin',
              submittedOnTime: null,
              late: true,
            },
          ],
        },
      ],
    },
  },
  events: { __typename: 'EventPage' as const, total: 0, items: [] },
};

function renderReport(result: object = data) {
  return renderWithProviders(
    <Routes>
      <Route path="/programmes/:id/report" element={<ProgrammeReportPage />} />
    </Routes>,
    {
      route: '/programmes/p1/report',
      mocks: [
        {
          request: { query: ProgrammeReportQuery, variables: { id: 'p1' } },
          result: { data: result },
        },
      ],
    },
  );
}

describe('ProgrammeReportPage', () => {
  it('reads as a document: title, partners, the plan in reading order, and print', async () => {
    renderReport();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cross-border cooperation' }),
    ).toBeInTheDocument();
    const partners = screen.getByRole('table', { name: 'Sides and partners' });
    expect(within(partners).getByText('Regional Council')).toBeInTheDocument();
    const plan = screen.getByRole('table', { name: 'Action plan' });
    const rows = within(plan).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '1',
      '1.1',
    ]);
    expect(rows[1]).toHaveTextContent('overdue');
    expect(screen.getByText('No events yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute(
      'href',
      '/programmes/p1/report.pdf?lang=en',
    );
  });

  it('counts the events it does not list, and says how many of them the PDF lists', async () => {
    const event = {
      __typename: 'Event' as const,
      id: 'e1',
      type: 'WORKSHOP' as const,
      title: 'Workshop on border crossings',
      status: 'HELD' as const,
      startsAt: '2026-03-02T08:00:00.000Z',
      endsAt: '2026-03-02T10:00:00.000Z',
      timeZone: 'Europe/Kyiv',
      venue: null,
      totalAttendees: 12,
      organiser: null,
    };
    renderReport({ ...data, events: { ...data.events, total: 1500, items: [event] } });
    expect(
      await screen.findByText('And 1,499 more events; the PDF lists the latest 1,000.'),
    ).toBeInTheDocument();
  });

  it('summarises twinning, monitoring and who reported on time', async () => {
    renderReport();
    const active = await screen.findByRole('table', { name: 'Active relations' });
    expect(active).toHaveTextContent('Regional Council (Ukraine) — Rada Lublin (Poland)');
    expect(active).toHaveTextContent('Agreement');
    expect(
      within(screen.getByRole('table', { name: 'Twinning relations by status' })).getByRole('row', {
        name: 'Active 1',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Issues by category' })).getByRole('row', {
        name: 'Border crossing 3',
      }),
    ).toBeInTheDocument();
    const severe = screen.getByRole('table', { name: 'Open issues of high and critical severity' });
    expect(
      within(severe).getByRole('row', { name: /Queues at the border crossing/ }),
    ).toHaveTextContent('Critical');
    // Only the first of four is listed: the rest are counted.
    expect(screen.getByText('And 3 more such issues.')).toBeInTheDocument();
    const period = screen.getByRole('table', { name: /due/ });
    expect(within(period).getByRole('row', { name: /Рада On time/ })).toBeInTheDocument();
    expect(
      within(period).getByRole('row', { name: /Rada Lublin Missing, overdue/ }),
    ).toBeInTheDocument();
  });
});
