import { describe, expect, it } from 'vitest';
import {
  browserTimeZone,
  dateOf,
  eventTimeDisplay,
  instantToZoned,
  isTimeZone,
  localDateIn,
  monthGrid,
  offsetMinutes,
  shiftMonth,
  shiftWeek,
  timeZoneOptions,
  weekDays,
  zonedToInstant,
} from './eventTime';

describe('zonedToInstant', () => {
  it('keeps 01:30 Kyiv time on the night the clocks change in winter time', () => {
    // Kyiv moves from +02:00 to +03:00 at 04:00 on 2026-03-29; 01:30 is still winter time.
    expect(zonedToInstant('2026-03-29T01:30', 'Europe/Kyiv')).toBe('2026-03-29T01:30:00+02:00');
    expect(new Date('2026-03-29T01:30:00+02:00').toISOString()).toBe('2026-03-28T23:30:00.000Z');
  });

  it('uses summer time after the change', () => {
    expect(zonedToInstant('2026-03-29T10:00', 'Europe/Kyiv')).toBe('2026-03-29T10:00:00+03:00');
  });

  it('moves a time the change skips forward by the gap', () => {
    expect(zonedToInstant('2026-03-29T03:30', 'Europe/Kyiv')).toBe('2026-03-29T04:30:00+03:00');
  });

  it('refuses malformed values and unknown zones', () => {
    expect(zonedToInstant('2026-02-30T10:00', 'Europe/Kyiv')).toBeNull();
    expect(zonedToInstant('29.03.2026 10:00', 'Europe/Kyiv')).toBeNull();
    expect(zonedToInstant('2026-03-29T10:00', 'Europe/Atlantis')).toBeNull();
  });

  it('round-trips through the wall clock of the zone', () => {
    const instant = zonedToInstant('2026-10-25T12:15', 'America/New_York') ?? '';
    expect(instantToZoned(instant, 'America/New_York')).toBe('2026-10-25T12:15');
  });
});

describe('eventTimeDisplay', () => {
  const night = {
    startsAt: '2026-03-28T23:30:00Z',
    endsAt: '2026-03-29T02:00:00Z',
    timeZone: 'Europe/Kyiv',
  };

  it('shows the event in its own zone and on a Berlin reader’s clock', () => {
    const display = eventTimeDisplay(night, 'Europe/Berlin', 'en-GB');
    expect(display.event).toContain('01:30');
    expect(display.event).toContain('05:00');
    // Berlin is still on winter time at 00:30 and on summer time by 04:00.
    expect(display.reader).toContain('00:30');
    expect(display.reader).toContain('04:00');
  });

  it('shows the reader’s clock only when it reads differently', () => {
    expect(eventTimeDisplay(night, 'Europe/Kyiv', 'en-GB').reader).toBeNull();
    // Chisinau keeps the same offsets as Kyiv, clock changes included.
    expect(eventTimeDisplay(night, 'Europe/Chisinau', 'en-GB').reader).toBeNull();
  });

  it('places the event on its local date', () => {
    expect(localDateIn(night.startsAt, 'Europe/Kyiv')).toBe('2026-03-29');
    expect(localDateIn(night.startsAt, 'UTC')).toBe('2026-03-28');
  });
});

describe('zones and months', () => {
  it('knows the offset at an instant', () => {
    expect(offsetMinutes(new Date('2026-03-28T23:30:00Z'), 'Europe/Kyiv')).toBe(120);
    expect(offsetMinutes(new Date('2026-03-29T02:00:00Z'), 'Europe/Kyiv')).toBe(180);
  });

  it('tells real zones from others', () => {
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('offers and defaults to zones under their current names', () => {
    const options = timeZoneOptions('Europe/Kyiv');
    expect(options).toContain('Europe/Kyiv');
    expect(options).not.toContain('Europe/Kiev');
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Europe/Kiev';
      expect(browserTimeZone()).toBe('Europe/Kyiv');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('lays out a month from Monday in full weeks', () => {
    const weeks = monthGrid('2026-03');
    expect(weeks[0]?.[0]).toBe('2026-02-23');
    expect(weeks.at(-1)?.at(-1)).toBe('2026-04-05');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('weeks', () => {
  it('runs from the Monday to the Sunday of the week containing the date', () => {
    expect(weekDays('2026-03-04')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(weekDays('2026-03-02')[0]).toBe('2026-03-02');
    expect(weekDays('2026-03-08')[0]).toBe('2026-03-02');
  });

  it('crosses months and years', () => {
    expect(weekDays('2026-01-01')).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
  });

  it('keeps whole days over a daylight-saving change', () => {
    expect(weekDays('2026-03-29')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });

  it('moves by whole weeks', () => {
    expect(shiftWeek('2026-03-02', 1)).toBe('2026-03-09');
    expect(shiftWeek('2026-01-01', -1)).toBe('2025-12-25');
    expect(shiftWeek('2024-02-26', 1)).toBe('2024-03-04');
  });

  it('accepts only real dates', () => {
    expect(dateOf('2026-03-04')).toBe('2026-03-04');
    expect(dateOf('2026-02-30')).toBeNull();
    expect(dateOf('2026-3-4')).toBeNull();
    expect(dateOf(null)).toBeNull();
  });
});
