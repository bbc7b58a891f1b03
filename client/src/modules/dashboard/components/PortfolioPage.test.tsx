import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { PortfolioQuery } from '../graphql/dashboard';
import { PortfolioPage } from './PortfolioPage';

function entry(code: string, overallProgress: number, overdueActions: number, lateReports: number) {
  return {
    __typename: 'PortfolioEntry' as const,
    programme: {
      __typename: 'Programme' as const,
      id: code,
      code,
      title: `Programme ${code}`,
      status: 'ACTIVE' as const,
      languages: ['en'],
      translations: [],
    },
    overallProgress,
    actions: 5,
    overdueActions,
    eventsHeld: 2,
    eventsUpcoming: 0,
    lastEventAt: null,
    lateReports,
  };
}

const mocks = [
  {
    request: { query: PortfolioQuery },
    result: {
      data: { portfolio: [entry('A-1', 90, 0, 4), entry('B-2', 20, 3, 0), entry('C-3', 50, 1, 2)] },
    },
  },
];

const codes = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('PortfolioPage', () => {
  it('lists the most overdue first and sorts by any column, late reports too', async () => {
    renderWithProviders(<PortfolioPage />, { mocks });
    await screen.findByRole('table', { name: 'Portfolio' });
    expect(codes()).toEqual(['B-2', 'C-3', 'A-1']);
    expect(screen.getByRole('columnheader', { name: /Overdue actions/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await userEvent.click(screen.getByRole('button', { name: /Progress/ }));
    expect(codes()).toEqual(['A-1', 'C-3', 'B-2']);
    await userEvent.click(screen.getByRole('button', { name: /Progress/ }));
    expect(codes()).toEqual(['B-2', 'C-3', 'A-1']);
    expect(screen.getByRole('columnheader', { name: /Progress/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await userEvent.click(screen.getByRole('button', { name: /Late reports/ }));
    expect(codes()).toEqual(['A-1', 'C-3', 'B-2']);
    const row = screen.getAllByRole('row')[1];
    expect(row && within(row).getAllByRole('cell')[5]).toHaveTextContent('4');
  });
});
