import { describe, expect, it } from 'vitest';
import { barPosition, datePosition, dayNumber, yearTicks } from './timeline';

// Three whole years, 2012 a leap year: 366 + 365 + 365 = 1096 days.
const period = { startsOn: '2012-01-01', endsOn: '2014-12-31' };

describe('dayNumber', () => {
  it('counts days from the epoch and refuses what is not a date', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2012-03-01')! - dayNumber('2012-02-28')!).toBe(2);
    expect(dayNumber('31.12.2014')).toBeNull();
  });
});

describe('barPosition', () => {
  it('covers the whole track for an action as long as the period', () => {
    expect(barPosition('2012-01-01', '2014-12-31', period)).toEqual({
      offset: 0,
      width: 100,
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('places an action by its first and last day, both included', () => {
    // 2013-01-01 is day 366 of 1096; the year 2013 is 365 days long.
    const bar = barPosition('2013-01-01', '2013-12-31', period);
    expect(bar?.offset).toBeCloseTo((366 / 1096) * 100, 2);
    expect(bar?.width).toBeCloseTo((365 / 1096) * 100, 2);
  });

  it('gives a one-day action a visible width', () => {
    expect(barPosition('2012-01-01', '2012-01-01', period)?.width).toBeCloseTo(100 / 1096, 2);
  });

  it('clips an action that runs over either end of the period', () => {
    const bar = barPosition('2011-06-01', '2015-06-01', period);
    expect(bar).toMatchObject({ offset: 0, width: 100, clippedStart: true, clippedEnd: true });
  });

  it('has no bar for an action wholly outside the period or with bad dates', () => {
    expect(barPosition('2015-01-01', '2015-02-01', period)).toBeNull();
    expect(barPosition('2011-01-01', '2011-12-31', period)).toBeNull();
    expect(barPosition('soon', '2013-01-01', period)).toBeNull();
  });
});

describe('datePosition and yearTicks', () => {
  it('puts today on the track only inside the period', () => {
    expect(datePosition('2012-01-01', period)).toBe(0);
    expect(datePosition('2014-12-31', period)).toBeCloseTo((1095 / 1096) * 100, 2);
    expect(datePosition('2026-05-01', period)).toBeNull();
  });

  it('marks every new year inside the period', () => {
    const ticks = yearTicks(period);
    expect(ticks.map((tick) => tick.label)).toEqual(['2012', '2013', '2014']);
    expect(ticks[1]?.offset).toBeCloseTo((366 / 1096) * 100, 2);
  });
});
