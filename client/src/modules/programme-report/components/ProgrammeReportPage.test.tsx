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
  },
  events: { __typename: 'EventPage' as const, total: 0, items: [] },
};

describe('ProgrammeReportPage', () => {
  it('reads as a document: title, partners, the plan in reading order, and print', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/programmes/:id/report" element={<ProgrammeReportPage />} />
      </Routes>,
      {
        route: '/programmes/p1/report',
        mocks: [
          { request: { query: ProgrammeReportQuery, variables: { id: 'p1' } }, result: { data } },
        ],
      },
    );

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
});
