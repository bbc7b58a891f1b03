/** Calendar arithmetic for the timeline; dates are YYYY-MM-DD and zone-less. */

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Period {
  startsOn: string;
  endsOn: string;
}

/** Where a bar sits on the track, in per cent of its width. */
export interface BarPosition {
  offset: number;
  width: number;
  /** The action begins before, or ends after, the period shown. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Days since 1970-01-01 of a calendar date, or null when it is not one. */
export function dayNumber(date: string): number | null {
  const match = LOCAL_DATE.exec(date);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : Math.round(time / MS_PER_DAY);
}

/** The period as whole days, end day included; null when it is empty or malformed. */
function span(period: Period): { first: number; days: number } | null {
  const first = dayNumber(period.startsOn);
  const last = dayNumber(period.endsOn);
  if (first === null || last === null || last < first) return null;
  return { first, days: last - first + 1 };
}

function percent(value: number): number {
  return Math.round(value * 10_000) / 100;
}

/**
 * A bar from the start of its first day to the end of its last day, clipped to the period.
 * Null when the action lies wholly outside the period or its dates are unusable.
 */
export function barPosition(startsOn: string, dueOn: string, period: Period): BarPosition | null {
  const range = span(period);
  const start = dayNumber(startsOn);
  const end = dayNumber(dueOn);
  if (!range || start === null || end === null) return null;
  const from = Math.max(start, range.first) - range.first;
  const to = Math.min(Math.max(start, end) + 1, range.first + range.days) - range.first;
  if (to <= 0 || from >= range.days || to <= from) return null;
  return {
    offset: percent(from / range.days),
    width: percent((to - from) / range.days),
    clippedStart: start < range.first,
    clippedEnd: end >= range.first + range.days,
  };
}

/** Where a day begins on the track, in per cent; null outside the period (no today line). */
export function datePosition(date: string, period: Period): number | null {
  const range = span(period);
  const day = dayNumber(date);
  if (!range || day === null || day < range.first || day >= range.first + range.days) return null;
  return percent((day - range.first) / range.days);
}

export interface Tick {
  label: string;
  offset: number;
}

/**
 * Year boundaries inside the period (the period's own start included), for the scale.
 * Labels are plain years, the same in every language.
 */
export function yearTicks(period: Period): Tick[] {
  const range = span(period);
  if (!range) return [];
  const firstYear = Number(period.startsOn.slice(0, 4));
  const lastYear = Number(period.endsOn.slice(0, 4));
  const ticks: Tick[] = [{ label: String(firstYear), offset: 0 }];
  for (let year = firstYear + 1; year <= lastYear; year += 1) {
    const offset = datePosition(`${year}-01-01`, period);
    if (offset !== null) ticks.push({ label: String(year), offset });
  }
  return ticks;
}
