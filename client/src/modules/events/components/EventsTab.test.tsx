import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { typed } from '../../../test/fixtures';
import { localDateIn } from '../eventTime';
import { EventAtQuery, EventsQuery } from '../graphql/events';
import { eventDetails, eventPageMocks, eventsProgramme, PROGRAMME_ID } from '../testing';
import { EventsTab } from './EventsTab';

const LATEST = eventDetails({
  id: 'event-latest',
  title: 'Підсумкова конференція',
  startsAt: '2013-05-20T07:00:00.000Z',
  endsAt: '2013-05-20T10:00:00.000Z',
});

function eventAt(offset: number, total: number, event = LATEST): MockLink.MockedResponse {
  return {
    request: { query: EventAtQuery, variables: { programmeId: PROGRAMME_ID, offset } },
    result: {
      data: {
        events: typed('EventPage', {
          total,
          items: [
            typed('Event', { id: event.id, startsAt: event.startsAt, timeZone: event.timeZone }),
          ],
        }),
      },
    },
  };
}

/** Answers any period with the events that fall in it, recording the periods asked for. */
function eventsIn(events: ReturnType<typeof eventDetails>[], asked: string[]) {
  return {
    request: {
      query: EventsQuery,
      variables: (variables: { from?: string | null }) => {
        asked.push(variables.from ?? '');
        return true;
      },
    },
    result: (variables: { from?: string | null; to?: string | null }) => ({
      data: {
        events: typed('EventPage', {
          total: events.length,
          items: events.filter(
            (e) =>
              (!variables.from || e.startsAt >= variables.from) &&
              (!variables.to || e.startsAt < variables.to),
          ),
        }),
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

function renderTab(mocks: MockLink.MockedResponse[], query: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/programmes/:id/events" element={<EventsTab programmeId={PROGRAMME_ID} />} />
    </Routes>,
    { mocks, route: `/programmes/${PROGRAMME_ID}/events${query}` },
  );
}

const CALENDAR_WAIT = 8000;

describe('the month view of a programme that ended years ago', () => {
  it('opens on the month of its latest event, not on today', async () => {
    const asked: string[] = [];
    const [programme] = eventPageMocks(LATEST);
    const earlier = eventDetails({ id: 'event-early', startsAt: '2012-10-11T08:00:00.000Z' });
    renderTab(
      [programme!, eventAt(0, 3, earlier), eventAt(2, 3), eventsIn([earlier, LATEST], asked)],
      '?view=calendar',
    );
    // The calendar loads lazily, then asks for the latest event and its month: on a busy
    // machine that takes longer than a find's default second.
    expect(
      await screen.findByRole('heading', { name: 'May 2013' }, { timeout: CALENDAR_WAIT }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: LATEST.title })).toBeVisible();
    // The month of today was never fetched on the way.
    expect(asked.every((from) => from.startsWith('2013-04') || from.startsWith('2013-05'))).toBe(
      true,
    );
    expect(localDateIn(LATEST.startsAt, LATEST.timeZone)).toBe('2013-05-20');
  });

  it('opens on the programme’s start when it has no events', async () => {
    const [programme] = eventPageMocks(
      LATEST,
      eventsProgramme({ startsOn: '2020-01-01', endsOn: '2020-12-31' }),
    );
    const empty = {
      request: { query: EventAtQuery, variables: { programmeId: PROGRAMME_ID, offset: 0 } },
      result: { data: { events: typed('EventPage', { total: 0, items: [] }) } },
    };
    renderTab([programme!, empty, eventsIn([], [])], '?view=calendar');
    expect(
      await screen.findByRole('heading', { name: 'January 2020' }, { timeout: CALENDAR_WAIT }),
    ).toBeVisible();
  });
});
