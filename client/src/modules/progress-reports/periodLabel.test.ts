import { describe, expect, it } from 'vitest';
import { namePeriod } from './periodLabel';

describe('period names', () => {
  it('names calendar half-years, quarters, months and years', () => {
    expect(namePeriod('2012-01-01', '2012-06-30')).toEqual({ kind: 'half', n: 1, year: 2012 });
    expect(namePeriod('2012-07-01', '2012-12-31')).toEqual({ kind: 'half', n: 2, year: 2012 });
    expect(namePeriod('2024-10-01', '2024-12-31')).toEqual({ kind: 'quarter', n: 4, year: 2024 });
    expect(namePeriod('2024-02-01', '2024-02-29')).toEqual({ kind: 'month', month: 2, year: 2024 });
    expect(namePeriod('2013-01-01', '2013-12-31')).toEqual({ kind: 'year', year: 2013 });
  });

  it('gives anything else as its dates', () => {
    for (const [start, end] of [
      ['2026-03-15', '2026-09-14'],
      ['2012-01-01', '2012-06-29'],
      ['2012-07-01', '2013-06-30'],
      ['2012-02-01', '2012-04-30'],
      ['bad', '2012-04-30'],
    ] as const) {
      expect(namePeriod(start, end)).toEqual({ kind: 'range' });
    }
  });
});
