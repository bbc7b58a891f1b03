/**
 * Event times are instants held in an IANA zone. They are shown as wall-clock time where the
 * event is held and, when the reader's clock says something else, in the reader's zone too.
 * Intl does the zone arithmetic, so daylight-saving changes follow the tz database.
 */

import { canonicalTimeZone, isLocalDate, isTimeZone, timeZoneNames } from '@spilno/shared';

export interface ZonedInterval {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

export interface EventTimeDisplay {
  /** Start and end where the event is held, with the zone's abbreviation. */
  event: string;
  /** The same interval on the reader's clock; null when it reads the same. */
  reader: string | null;
}

/** The zone the browser runs in, under its current name (Europe/Kyiv, not Europe/Kiev); UTC when it cannot tell. */
export function browserTimeZone(): string {
  return canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC') ?? 'UTC';
}

export { isTimeZone };

/** Every zone the runtime knows under its current name, with the given one kept in any case. */
export function timeZoneOptions(keep: string): string[] {
  const zones = timeZoneNames();
  return zones.includes(keep) || !isTimeZone(keep) ? zones : [keep, ...zones].sort();
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();

function wallClockAt(instant: Date, zone: string): WallClock {
  let format = partsCache.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsCache.set(zone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at that instant (Kyiv in summer: 180). */
export function offsetMinutes(instant: Date, zone: string): number {
  const clock = wallClockAt(instant, zone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A wall-clock time (`YYYY-MM-DDTHH:mm`, as a datetime-local input gives it) in a zone, as an
 * ISO 8601 instant with that zone's offset. A time skipped by a clock change moves forward
 * by the gap, as calendar apps do. Null for a malformed value or an unknown zone.
 */
export function zonedToInstant(local: string, zone: string): string | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match || !isTimeZone(zone)) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isLocalDate(local.slice(0, 10)) || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Read the offset at the guess, then at the result; in the hour a clock change skips the
  // two disagree, and the earlier offset carries the time forward past the gap.
  const first = offsetMinutes(new Date(asUtc), zone);
  const second = offsetMinutes(new Date(asUtc - first * 60_000), zone);
  const offset = second === first ? first : second;
  const result = new Date(asUtc - offset * 60_000);
  const clock = wallClockAt(result, zone);
  const offsetNow = offsetMinutes(result, zone);
  return (
    `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}` +
    `T${pad(clock.hour)}:${pad(clock.minute)}:00${formatOffset(offsetNow)}`
  );
}

/** An instant as the `YYYY-MM-DDTHH:mm` a datetime-local input shows, in the given zone. */
export function instantToZoned(instant: string, zone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime()) || !isTimeZone(zone)) return '';
  const clock = wallClockAt(date, zone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a zone. */
export function localDateIn(instant: string, zone: string): string {
  return instantToZoned(instant, zone).slice(0, 10);
}

function formatRange(interval: ZonedInterval, zone: string, locale: string): string {
  const start = new Date(interval.startsAt);
  const end = new Date(interval.endsAt);
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return format.formatRange(start, end);
}

/**
 * How an event's time reads: in its own zone, and in the reader's when the clocks differ at
 * that moment (Berlin and Kyiv are an hour apart all year, Kyiv and Chisinau never).
 */
export function eventTimeDisplay(
  interval: ZonedInterval,
  readerZone: string,
  locale: string,
): EventTimeDisplay {
  const own = isTimeZone(interval.timeZone) ? interval.timeZone : 'UTC';
  const event = formatRange(interval, own, locale);
  const start = new Date(interval.startsAt);
  const end = new Date(interval.endsAt);
  const same =
    !isTimeZone(readerZone) ||
    (offsetMinutes(start, own) === offsetMinutes(start, readerZone) &&
      offsetMinutes(end, own) === offsetMinutes(end, readerZone));
  return { event, reader: same ? null : formatRange(interval, readerZone, locale) };
}

export function shiftMonth(month: string, by: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, index - 1 + by, 1));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}`;
}

/**
 * The weeks of a month as rows of seven `YYYY-MM-DD` days, Monday first, padded with days
 * of the neighbouring months so every row is full.
 */
export function monthGrid(month: string): string[][] {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, index - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const cursor = new Date(first.getTime() - mondayOffset * 86_400_000);
  const weeks: string[][] = [];
  do {
    const week: string[] = [];
    for (let day = 0; day < 7; day += 1) {
      week.push(cursor.toISOString().slice(0, 10));
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  } while (cursor.getUTCMonth() === index - 1);
  return weeks;
}

/** The start of a calendar day in a zone, as an instant; for period filters. */
export function dayStartIn(date: string, zone: string): string | null {
  return zonedToInstant(`${date}T00:00`, zone);
}

/** The day after a `YYYY-MM-DD` date. */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date that exists on the calendar, or null. */
export function dateOf(value: string | null): string | null {
  return value && isLocalDate(value) ? value : null;
}

/** The seven days, Monday to Sunday, of the week a `YYYY-MM-DD` date falls in. */
export function weekDays(date: string): string[] {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  const days: string[] = [];
  for (let index = 0; index < 7; index += 1) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

/** The same weekday `by` weeks later (earlier when negative). */
export function shiftWeek(date: string, by: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7 * by);
  return day.toISOString().slice(0, 10);
}
