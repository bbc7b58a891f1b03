import { describe, expect, it } from 'vitest';
import { calendarOpening, needsLatestEvent } from './calendarOpening';

const PERIOD = { startsOn: '2012-01-01', endsOn: '2014-12-31' };

describe('calendarOpening', () => {
  it('opens on today while the programme runs, whatever its events', () => {
    const today = '2013-06-15';
    expect(calendarOpening({ today, ...PERIOD, latestEventDay: '2012-12-06' })).toBe(today);
    expect(calendarOpening({ today: '2014-12-31', ...PERIOD, latestEventDay: null })).toBe(
      '2014-12-31',
    );
    expect(needsLatestEvent({ today, ...PERIOD })).toBe(false);
  });

  it('opens a programme that ended years ago on its latest event', () => {
    const today = '2026-12-03';
    expect(needsLatestEvent({ today, ...PERIOD })).toBe(true);
    expect(calendarOpening({ today, ...PERIOD, latestEventDay: '2012-12-06' })).toBe('2012-12-06');
  });

  it('opens a programme without events on its start, before and after its period', () => {
    expect(calendarOpening({ today: '2026-12-03', ...PERIOD, latestEventDay: null })).toBe(
      '2012-01-01',
    );
    expect(calendarOpening({ today: '2011-05-01', ...PERIOD, latestEventDay: null })).toBe(
      '2012-01-01',
    );
    expect(needsLatestEvent({ today: '2011-12-31', ...PERIOD })).toBe(true);
  });
});
