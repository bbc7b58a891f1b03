import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { IndicatorsQuery } from '../graphql/indicators';
import { IndicatorsTab } from './IndicatorsTab';

function mocks(canEdit: boolean) {
  return [
    {
      request: { query: IndicatorsQuery, variables: { programmeId: 'p1' } },
      result: {
        data: {
          programme: {
            __typename: 'Programme',
            id: 'p1',
            canEdit,
            indicators: [
              {
                __typename: 'Indicator',
                id: 'i1',
                name: 'Participants from both sides',
                unit: 'people',
                target: 400,
                achieved: 185,
                version: 1,
              },
            ],
            actions: [{ __typename: 'Action', id: 'a1', code: '1', title: 'Conferences' }],
          },
        },
      },
    },
  ];
}

describe('IndicatorsTab', () => {
  it('shows target against achieved', async () => {
    renderWithProviders(<IndicatorsTab programmeId="p1" />, { mocks: mocks(false) });
    const table = await screen.findByRole('table', { name: 'Indicators' });
    const row = within(table).getByRole('row', { name: /Participants from both sides/ });
    expect(within(row).getByText('400 people')).toBeInTheDocument();
    expect(within(row).getByText('185 people')).toBeInTheDocument();
    expect(
      within(row).getByRole('progressbar', {
        name: 'Achieved of target: Participants from both sides',
      }),
    ).toHaveAttribute('aria-valuenow', '46');
    expect(screen.queryByRole('button', { name: 'New indicator' })).toBeNull();
  });

  it('lets coordinators add indicators and checks the form first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<IndicatorsTab programmeId="p1" />, { mocks: mocks(true) });
    await user.click(await screen.findByRole('button', { name: 'New indicator' }));
    const dialog = await screen.findByRole('dialog', { name: 'New indicator' });
    await user.click(within(dialog).getByRole('button', { name: 'New indicator' }));
    expect(within(dialog).getAllByText('Required')).toHaveLength(3);
  });
});
