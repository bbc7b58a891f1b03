import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partneredProgrammeFixture } from '../../programmes/testing';
import { renderInWorkspace } from '../../programmes/workspaceTesting';
import { BudgetQuery } from '../graphql/budget';
import { BudgetTab } from './BudgetTab';

const line = (id: string | null, planned: number, spent: number) => ({
  __typename: 'BudgetLine' as const,
  id,
  planned,
  spent,
});

const mocks = [
  {
    request: { query: BudgetQuery, variables: { programmeId: 'p1' } },
    result: {
      data: {
        programme: {
          __typename: 'Programme',
          id: 'p1',
          budget: {
            __typename: 'ProgrammeBudget',
            currency: 'EUR',
            total: line(null, 40000, 30000),
            byPartner: [line('pa1', 30000, 30000), line(null, 10000, 0)],
            bySide: [line('s1', 30000, 30000), line(null, 10000, 0)],
          },
        },
      },
    },
  },
];

describe('BudgetTab', () => {
  it('shows totals and tables in the programme currency, with the sharing rule', async () => {
    renderInWorkspace(<BudgetTab />, { mocks, programme: partneredProgrammeFixture() });

    expect(await screen.findByText('€40,000.00')).toBeInTheDocument();
    expect(screen.getByText('75%')).toBeInTheDocument();
    expect(
      screen.getByText('An action’s money is shared equally by its responsible partners.'),
    ).toBeInTheDocument();

    const byPartner = screen.getByRole('table', { name: 'By partner' });
    const partnerRow = within(byPartner).getByRole('row', { name: /Kharkiv Regional Council/ });
    expect(within(partnerRow).getAllByText('€30,000.00')).toHaveLength(2);
    expect(within(partnerRow).getByText('100%')).toBeInTheDocument();
    expect(
      within(byPartner).getByRole('rowheader', { name: 'Not assigned to a partner' }),
    ).toBeInTheDocument();

    const bySide = screen.getByRole('table', { name: 'By side' });
    expect(
      within(bySide).getByRole('rowheader', { name: 'Kharkiv region (Ukraine)' }),
    ).toBeInTheDocument();
  });
});
