import { describe, expect, it } from 'vitest';
import { countryName, countryOptions, formatLocalDate } from './format';

describe('formatLocalDate', () => {
  it('keeps the calendar day whatever the time zone', () => {
    expect(formatLocalDate('2012-01-01', 'en')).toBe('Jan 1, 2012');
    expect(formatLocalDate('2014-12-31', 'en')).toBe('Dec 31, 2014');
  });

  it('shows anything that is not a date as it came', () => {
    expect(formatLocalDate('soon', 'en')).toBe('soon');
  });
});

describe('countries', () => {
  it('names a country in the interface language', () => {
    expect(countryName('UA', 'en')).toBe('Ukraine');
    expect(countryName('UA', 'uk')).toBe('Україна');
  });

  it('lists current countries only, once each', () => {
    const codes = countryOptions('en').map((option) => option.value);
    expect(codes).toContain('UA');
    expect(codes).toContain('RO');
    expect(codes).not.toContain('SU');
    expect(codes).not.toContain('EU');
    expect(new Set(codes).size).toBe(codes.length);
  });
});
