import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { typed } from '../../../test/fixtures';
import { TwinningAreasQuery, TwinningRelationsQuery } from '../graphql/twinning';
import { BELGOROD, party } from '../testing';
import { TwinningOverview } from './TwinningOverview';

/** Relations 1..count of Belgorod with as many councils, the most recent first. */
const relations = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    typed('TwinningRelation', {
      id: `relation-${i + 1}`,
      kind: 'AGREEMENT' as const,
      status: 'ACTIVE' as const,
      since: '2026-03-01',
      areas: [],
      organisationA: party(`org-${i + 1}`, `Громада ${i + 1}`, null, 'UA'),
      organisationB: BELGOROD,
      programme: null,
    }),
  );

const answer = (limit: number, count: number) => ({
  request: {
    query: TwinningRelationsQuery,
    variables: { programmeId: null, status: null, country: null, area: null, limit },
  },
  result: { data: { twinningRelations: relations(count) } },
});

describe('TwinningOverview', () => {
  it('shows the first 100 relations and more on asking, until there are no more', async () => {
    renderWithProviders(<TwinningOverview />, {
      mocks: [
        { request: { query: TwinningAreasQuery }, result: { data: { twinningAreas: [] } } },
        // One more than it shows, to know whether there are more.
        answer(101, 101),
        answer(201, 130),
      ],
    });
    expect(await screen.findByText('Relations: the first 100')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Twinning relations' });
    expect(within(table).queryByText(/Громада 101 /)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show more relations' }));
    expect(await screen.findByText('Relations: 130')).toBeVisible();
    expect(within(table).getByText(/Громада 130 /)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Show more relations' })).toBeNull();
  });
});
