import { FieldMessage } from './errors';

/**
 * Calendar dates (YYYY-MM-DD, no time or zone) as both sides check them: the server's
 * `LocalDate` scalar and validation, and every client form, so a date one side takes the
 * other takes too. Written YYYY-MM-DD with zero padding, such dates compare as strings in
 * calendar order, which the range rules below rely on.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date span, both ends YYYY-MM-DD and included. */
export interface LocalDateRange {
  start: string;
  end: string;
}

/**
 * True for a real calendar date written YYYY-MM-DD: 2024-02-29 is one, 2025-02-29,
 * 2026-02-30 and 2026-13-01 are not. `Date.parse` is no test: it rolls 30 February over
 * into March.
 */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether `end` falls on or after `start`; a one-day span ends the day it starts. */
export function endNotBeforeStart(range: LocalDateRange): boolean {
  return range.end >= range.start;
}

/** Whether a date lies inside a period, its first and last day included. */
export function withinPeriod(date: string, period: LocalDateRange): boolean {
  return date >= period.start && date <= period.end;
}

/**
 * What is wrong with a date field, or null: blank (when the field is required) or not a
 * real calendar date. Range rules come after, once both ends are known to be dates.
 */
export function localDateError(value: string, required = true): FieldMessage | null {
  if (value.trim() === '') return required ? FieldMessage.REQUIRED : null;
  return isLocalDate(value) ? null : FieldMessage.INVALID_DATE;
}
