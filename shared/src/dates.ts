/**
 * Dates of facts: what has happened cannot be dated after today. Calendar dates (YYYY-MM-DD)
 * carry no time zone and the server does not know the user's, so "today" is the latest
 * calendar date anywhere on Earth (UTC+14): a date that is already today for someone is not
 * in the future, and a date no place has reached yet is.
 */

/** The furthest zone ahead of UTC (Line Islands, UTC+14), in milliseconds. */
const EARLIEST_ZONE_OFFSET_MS = 14 * 60 * 60 * 1000;

/** The latest calendar date that is already today somewhere, YYYY-MM-DD. */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + EARLIEST_ZONE_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether a calendar date (YYYY-MM-DD) has been reached somewhere on Earth. */
export function notInFuture(date: string, now: Date = new Date()): boolean {
  return date <= latestToday(now);
}

/** Whether an instant has come: an event is held only once it has started. */
export function hasStarted(startsAt: Date | string, now: Date = new Date()): boolean {
  return new Date(startsAt).getTime() <= now.getTime();
}

/**
 * Today's calendar date where this code runs, YYYY-MM-DD: what a form offers as the latest
 * day. It is never past `latestToday`, so whatever a form lets through the server accepts.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
