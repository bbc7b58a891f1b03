import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActionHistoryQuery as ActionHistoryResult } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { formatDateTime } from '../../../ui/format';
import { ActionHistoryQuery } from '../graphql/actionPlan';
import { typed } from '../../../test/fixtures';
import { PROGRAMME_ID } from '../testing';
import { ActionHistoryDrawer } from './ActionHistoryDrawer';
import { eventPath } from '../../../app/paths';

type History = NonNullable<ActionHistoryResult['action']>;

const action = { id: 'a11', code: '1.1', title: 'Border conference' };

// The drawer shows the latest 50 notes and asks for one more, to know whether there are more.
function historyMock(overrides: Partial<History> = {}, historyLimit = 51): MockLink.MockedResponse {
  return {
    request: { query: ActionHistoryQuery, variables: { id: action.id, historyLimit } },
    result: {
      data: {
        action: typed('Action', {
          ...action,
          lastHeldAt: null,
          events: [],
          history: [],
          ...overrides,
        }),
      },
    },
  };
}

const heldConference = typed('Event', {
  id: 'e1',
  title: 'Conference on local self-government',
  // 10:00 in Kyiv.
  startsAt: '2012-10-04T07:00:00.000Z',
  timeZone: 'Europe/Kyiv',
  status: 'HELD' as const,
  type: 'CONFERENCE' as const,
});

const plannedRoundTable = typed('Event', {
  id: 'e2',
  title: 'Round table in Belgorod',
  startsAt: '2012-11-06T08:00:00.000Z',
  timeZone: 'Europe/Moscow',
  status: 'PLANNED' as const,
  type: 'ROUND_TABLE' as const,
});

describe('ActionHistoryDrawer', () => {
  it('shows the events carrying the action out, when it was last held, and the progress notes', async () => {
    renderWithProviders(
      <ActionHistoryDrawer programmeId={PROGRAMME_ID} action={action} onClose={() => undefined} />,
      {
        mocks: [
          historyMock({
            lastHeldAt: heldConference.startsAt,
            events: [heldConference, plannedRoundTable],
            history: [
              typed('ProgressNote', {
                id: 'n2',
                at: '2012-10-05T09:30:00.000Z',
                fromProgress: 40,
                toProgress: 100,
                fromStatus: 'IN_PROGRESS' as const,
                toStatus: 'DONE' as const,
                note: 'Conference held, 120 participants',
                author: typed('User', { id: 'u1', name: 'Olena Koval' }),
              }),
              typed('ProgressNote', {
                id: 'n1',
                at: '2012-09-01T09:30:00.000Z',
                fromProgress: 0,
                toProgress: 40,
                fromStatus: 'IN_PROGRESS' as const,
                toStatus: 'IN_PROGRESS' as const,
                note: null,
                author: null,
              }),
            ],
          }),
        ],
      },
    );

    const drawer = await screen.findByRole('dialog', { name: /History: 1\.1 Border conference/ });
    expect(
      await within(drawer).findByText(
        `Last held: ${formatDateTime(heldConference.startsAt, 'en')}`,
      ),
    ).toBeVisible();

    const events = within(drawer).getByRole('table', { name: 'Events of 1.1' });
    const rows = within(events).getAllByRole('row');
    expect(rows).toHaveLength(2);
    const conference = within(rows[0]!);
    expect(
      conference.getByRole('link', { name: 'Conference on local self-government' }),
    ).toHaveAttribute('href', eventPath(PROGRAMME_ID, 'e1'));
    expect(rows[0]).toHaveTextContent('Conference');
    expect(rows[0]).toHaveTextContent('Held');
    // On the clock where it was held.
    expect(rows[0]).toHaveTextContent(/Oct 4, 2012.*10:00/);
    expect(rows[1]).toHaveTextContent('Round table in Belgorod');
    expect(rows[1]).toHaveTextContent('Round table');
    expect(rows[1]).toHaveTextContent('Planned');

    const notes = within(drawer).getByRole('table', { name: 'Progress reports on 1.1' });
    const [, latest, earliest] = within(notes).getAllByRole('row');
    expect(latest).toHaveTextContent('Olena Koval');
    expect(latest).toHaveTextContent('40% → 100%');
    expect(latest).toHaveTextContent('In progress → Done');
    expect(latest).toHaveTextContent('Conference held, 120 participants');
    expect(earliest).toHaveTextContent('Removed account');
    expect(earliest).toHaveTextContent('0% → 40%');
    expect(earliest).not.toHaveTextContent('→ In progress');
    expect(earliest).toHaveTextContent('No note');
  });

  it('says so when nothing was held or reported yet', async () => {
    renderWithProviders(
      <ActionHistoryDrawer programmeId={PROGRAMME_ID} action={action} onClose={() => undefined} />,
      { mocks: [historyMock()] },
    );
    const drawer = await screen.findByRole('dialog', { name: /History: 1\.1/ });
    expect(await within(drawer).findByText('Not held yet')).toBeVisible();
    expect(within(drawer).getByText('No events carry out this action yet.')).toBeVisible();
    expect(
      within(drawer).getByText('No progress has been reported on this action yet.'),
    ).toBeVisible();
    expect(within(drawer).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the latest 50 progress reports and older ones on asking', async () => {
    const notes = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        typed('ProgressNote', {
          id: `n${i}`,
          at: new Date(Date.UTC(2012, 0, 200 - i)).toISOString(),
          fromProgress: 0,
          toProgress: 1,
          fromStatus: 'IN_PROGRESS' as const,
          toStatus: 'IN_PROGRESS' as const,
          note: `Report ${i + 1}`,
          author: null,
        }),
      );
    renderWithProviders(
      <ActionHistoryDrawer programmeId={PROGRAMME_ID} action={action} onClose={() => undefined} />,
      { mocks: [historyMock({ history: notes(51) }), historyMock({ history: notes(60) }, 101)] },
    );
    const drawer = await screen.findByRole('dialog', { name: /History: 1\.1/ });
    const table = await within(drawer).findByRole('table', { name: 'Progress reports on 1.1' });
    // A header row and the latest 50.
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(within(table).queryByText('Report 51')).toBeNull();
    await userEvent.click(
      within(drawer).getByRole('button', { name: 'Show older progress reports' }),
    );
    expect(await within(table).findByText('Report 60')).toBeVisible();
    expect(within(table).getAllByRole('row')).toHaveLength(61);
    expect(
      within(drawer).queryByRole('button', { name: 'Show older progress reports' }),
    ).toBeNull();
  });

  it('is closed without an action', () => {
    renderWithProviders(
      <ActionHistoryDrawer programmeId={PROGRAMME_ID} action={null} onClose={() => undefined} />,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes with its button', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithProviders(
      <ActionHistoryDrawer programmeId={PROGRAMME_ID} action={action} onClose={onClose} />,
      { mocks: [historyMock()] },
    );
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
