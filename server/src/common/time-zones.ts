import { DateTime } from 'luxon';

// The rule on zone names is shared with the client's zone picker.
export { canonicalTimeZone, isTimeZone } from '@spilno/shared';

/** The instant as wall-clock time in `zone`, ISO 8601 with that zone's offset at the time. */
export function inZone(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}
