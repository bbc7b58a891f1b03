import { describe, expect, it } from 'vitest';
import { FieldMessage } from './errors';
import { endNotBeforeStart, isLocalDate, localDateError, withinPeriod } from './local-dates';

describe('local dates', () => {
  it('takes real calendar dates, leap days in leap years included', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-12-31')).toBe(true);
    expect(isLocalDate('2000-02-29')).toBe(true);
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const value of [
      '2026-02-30',
      '2026-13-01',
      '2025-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-00-10',
      '2026-01-00',
      '2026-1-01',
      '27.04.2012',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '',
    ]) {
      expect(isLocalDate(value), value).toBe(false);
    }
  });

  it('lets a span end the day it starts, not before', () => {
    expect(endNotBeforeStart({ start: '2026-03-01', end: '2026-03-01' })).toBe(true);
    expect(endNotBeforeStart({ start: '2026-03-01', end: '2026-12-31' })).toBe(true);
    expect(endNotBeforeStart({ start: '2026-03-01', end: '2026-02-28' })).toBe(false);
  });

  it('counts both ends of a period inside it', () => {
    const period = { start: '2026-01-01', end: '2026-12-31' };
    expect(withinPeriod('2026-01-01', period)).toBe(true);
    expect(withinPeriod('2026-12-31', period)).toBe(true);
    expect(withinPeriod('2025-12-31', period)).toBe(false);
    expect(withinPeriod('2027-01-01', period)).toBe(false);
  });

  it('names what is wrong with a date field', () => {
    expect(localDateError('')).toBe(FieldMessage.REQUIRED);
    expect(localDateError('  ', false)).toBeNull();
    expect(localDateError('2026-02-30')).toBe(FieldMessage.INVALID_DATE);
    expect(localDateError('2024-02-29')).toBeNull();
  });
});
