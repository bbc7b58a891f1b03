import { describe, expect, it } from 'vitest';
import { hasStarted, latestToday, localToday, notInFuture } from './dates';

describe('dates of facts', () => {
  const now = new Date('2026-12-03T05:00:00Z');

  it('takes today anywhere on Earth as not in the future', () => {
    expect(latestToday(now)).toBe('2026-12-03');
    // At 11:00 UTC it is already the 4th on Kiritimati (UTC+14).
    expect(latestToday(new Date('2026-12-03T11:00:00Z'))).toBe('2026-12-04');
    expect(notInFuture('2026-12-03', now)).toBe(true);
    expect(notInFuture('2020-01-01', now)).toBe(true);
  });

  it('refuses a date no place has reached yet', () => {
    expect(notInFuture('2026-12-04', now)).toBe(false);
    expect(notInFuture('2027-01-01', now)).toBe(false);
  });

  it('holds an event only once it has started', () => {
    expect(hasStarted('2026-12-03T05:00:00Z', now)).toBe(true);
    expect(hasStarted(new Date('2026-12-02T10:00:00Z'), now)).toBe(true);
    expect(hasStarted('2026-12-03T05:00:01Z', now)).toBe(false);
  });

  it('offers forms the local day, which the server always accepts', () => {
    for (const at of ['2026-12-03T00:30:00Z', '2026-12-03T23:30:00Z']) {
      expect(notInFuture(localToday(new Date(at)), new Date(at))).toBe(true);
    }
  });
});
