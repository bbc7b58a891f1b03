import { IANAZone } from 'luxon';

/**
 * VTIMEZONE components built from the runtime's own tz database (through Intl), for the span
 * of time a feed's events cover.
 *
 * Why not a packaged set of VTIMEZONE blocks: those describe each zone by its current rules
 * only, as if they held since 1970. A calendar app reading them puts every event held under
 * older rules at the wrong instant (Moscow kept UTC+4 all year from 2011 to 2014, not +3).
 * Why not DTSTART in UTC: a calendar app then shows the event in the reader's zone only and
 * loses the zone it is held in. So every offset change inside the span is written out as its
 * own observance, with no recurrence rule for a parser to extend beyond what the data says.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Zones whose clock is UTC itself: events there are written in UTC and need no VTIMEZONE. */
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

export function isUtcZone(zone: string): boolean {
  return UTC_NAMES.has(zone);
}

export interface Span {
  /** Earliest instant an event of the zone touches. */
  from: Date;
  /** Latest one. */
  to: Date;
}

export interface Transition {
  /** The first instant of the new offset. */
  at: number;
  /** Minutes ahead of UTC before and from then on. */
  from: number;
  to: number;
}

/** The span of years around a set of instants: whole calendar years, one before and after. */
function yearsAround(span: Span): { start: number; end: number } {
  return {
    start: Date.UTC(span.from.getUTCFullYear() - 1, 0, 1),
    end: Date.UTC(span.to.getUTCFullYear() + 2, 0, 1),
  };
}

/** Transitions of each zone per year, computed once: the tz data does not change at runtime. */
const yearCache = new Map<string, Transition[]>();

function transitionsOfYear(zone: IANAZone, year: number): Transition[] {
  const key = `${zone.name}/${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  // Daily steps: no zone has changed its clock twice within one day since 1970.
  let after = zone.offset(Date.UTC(year, 0, 1));
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY) {
    const before = after;
    after = zone.offset(day + DAY);
    if (before === after) continue;
    // The last minute with the old offset, found by halving the day.
    let low = day;
    let high = day + DAY;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (zone.offset(middle) === before) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: before, to: zone.offset(high) });
  }
  yearCache.set(key, found);
  return found;
}

/** Every offset change of `zone` in the years around `span`, in order. */
export function transitions(zone: string, span: Span): Transition[] {
  const iana = IANAZone.create(zone);
  const { start, end } = yearsAround(span);
  const result: Transition[] = [];
  for (let year = new Date(start).getUTCFullYear(); year < new Date(end).getUTCFullYear(); year++)
    result.push(...transitionsOfYear(iana, year));
  return result;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

/** An instant as the zone's wall clock under `offset`, in iCalendar's local DATE-TIME form. */
function wallClock(instant: number, offset: number): string {
  const local = new Date(instant + offset * MINUTE);
  return (
    `${pad(local.getUTCFullYear(), 4)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`
  );
}

/** Summer time when ahead of the year's smaller offset (so southern zones work too). */
function isDaylight(zone: IANAZone, instant: number, offset: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  const standard = Math.min(zone.offset(Date.UTC(year, 0, 1)), zone.offset(Date.UTC(year, 6, 1)));
  return offset > standard;
}

function observance(zone: IANAZone, start: number, from: number, to: number): string[] {
  const kind = isDaylight(zone, start, to) ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    // DTSTART is the wall clock just before the change, read with the offset it leaves.
    `DTSTART:${wallClock(start, from)}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE of `zone` for events within `span`: the offset in force from the start of the
 * year before the first event, then each change up to the year after the last. Null for a
 * zone the runtime does not know.
 */
export function vtimezone(zone: string, span: Span): string | null {
  const iana = IANAZone.create(zone);
  if (!iana.isValid) return null;
  const { start } = yearsAround(span);
  const initial = iana.offset(start);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    ...observance(iana, start, initial, initial),
    ...transitions(zone, span).flatMap((t) => observance(iana, t.at, t.from, t.to)),
    'END:VTIMEZONE',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * True when the wall clock of `instant` in `zone` names that instant and no other. In the hour
 * a clock change repeats, RFC 5545 (3.3.5) means the first occurrence, but parsers differ (ical.js
 * takes the second when no summer time ends, as when Moscow left UTC+4 in 2014); an event
 * there is written in UTC instead, which every parser reads alike.
 */
export function readsBack(instant: Date, zone: string): boolean {
  const iana = IANAZone.create(zone);
  const at = instant.getTime();
  const own = iana.offset(at);
  const local = at + own * MINUTE;
  const readings = new Set(
    [own, iana.offset(at - DAY), iana.offset(at + DAY)]
      .map((offset) => ({ offset, at: local - offset * MINUTE }))
      .filter((reading) => iana.offset(reading.at) === reading.offset)
      .map((reading) => reading.at),
  );
  return readings.size === 1;
}

/** The span each zone's events cover, for `vtimezone`. */
export function spansByZone(
  events: readonly { timeZone: string; startsAt: Date; endsAt: Date }[],
): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (const event of events) {
    const span = spans.get(event.timeZone);
    if (!span) spans.set(event.timeZone, { from: event.startsAt, to: event.endsAt });
    else {
      if (event.startsAt < span.from) span.from = event.startsAt;
      if (event.endsAt > span.to) span.to = event.endsAt;
    }
  }
  return spans;
}
