import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planMocks, planResult, PROGRAMME_ID } from '../testing';
import { renderWithProviders } from '../../../test/render';
import { TimelineTab } from './TimelineTab';

describe('TimelineTab', () => {
  it('groups actions by side and partner, each bar labelled with its dates and status', async () => {
    renderWithProviders(<TimelineTab programmeId={PROGRAMME_ID} />, {
      mocks: planMocks(planResult()),
    });

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const sides = within(timeline).getAllByRole('heading', { level: 3 });
    expect(sides.map((heading) => heading.textContent)).toEqual([
      'Kharkiv region (Ukraine)',
      'Belgorod region (Russia)',
      'Without a responsible partner',
    ]);
    expect(
      within(timeline).getByRole('img', {
        name: '1.1 Border conference: Mar 1, 2012 – Oct 31, 2012, Done, 100%',
      }),
    ).toBeInTheDocument();
    expect(
      within(timeline).getByRole('img', {
        name: '1.2 Seminar in Belgorod: Mar 1, 2012 – Oct 31, 2012, In progress, 40%, overdue',
      }),
    ).toBeInTheDocument();
    // Actions without a responsible partner (here the parent 1 and action 2) are not lost.
    expect(within(timeline).getAllByRole('img')).toHaveLength(4);
    expect(screen.getByText(/Today is outside the programme period/)).toBeInTheDocument();
  });
});
