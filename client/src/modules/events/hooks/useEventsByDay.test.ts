import { EventStatus, EventType } from '@spilno/shared';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EventSummaryFragment } from '../../../generated/graphql';
import { useEventsByDay } from './useEventsByDay';

function event(id: string, startsAt: string, timeZone: string): EventSummaryFragment {
  return {
    id,
    type: EventType.WORKSHOP,
    title: `Event ${id}`,
    startsAt,
    endsAt: startsAt,
    timeZone,
    status: EventStatus.PLANNED,
    totalAttendees: 0,
    organiser: null,
    attendees: [],
    translations: [],
  };
}

// 23:30 on 4 May in Kyiv, 01:30 on 5 May in Kyiv, 19:00 on 4 May in New York.
const EVENTS = [
  event('late', '2026-05-04T20:30:00Z', 'Europe/Kyiv'),
  event('after-midnight', '2026-05-04T22:30:00Z', 'Europe/Kyiv'),
  event('evening', '2026-05-04T23:00:00Z', 'America/New_York'),
];
const LANGUAGES = ['uk'];

const ids = (days: Map<string, { event: { id: string }; time: string }[]>, day: string) =>
  (days.get(day) ?? []).map(({ event: { id }, time }) => `${id} ${time}`);

describe('useEventsByDay', () => {
  it('puts each event on the day and time where it is held, in the order given', () => {
    const { result } = renderHook(() => useEventsByDay(EVENTS, LANGUAGES));
    expect(ids(result.current, '2026-05-04')).toEqual(['late 23:30', 'evening 19:00']);
    expect(ids(result.current, '2026-05-05')).toEqual(['after-midnight 01:30']);
  });

  it('orders each day by local time when asked', () => {
    const { result } = renderHook(() => useEventsByDay(EVENTS, LANGUAGES, { byTime: true }));
    expect(ids(result.current, '2026-05-04')).toEqual(['evening 19:00', 'late 23:30']);
  });
});
