import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, isTimeZone, RENAMED_TIME_ZONES, timeZoneNames } from './time-zones';

describe('canonicalTimeZone', () => {
  it('gives Kyiv its current name, whichever of its names comes in', () => {
    for (const name of ['Europe/Kiev', 'Europe/Kyiv', 'europe/kiev', 'EUROPE/KYIV'])
      expect(canonicalTimeZone(name)).toBe('Europe/Kyiv');
  });

  it('follows the other renames and keeps names that were never renamed', () => {
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('America/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalTimeZone('Europe/Warsaw')).toBe('Europe/Warsaw');
    expect(canonicalTimeZone('Europe/Moscow')).toBe('Europe/Moscow');
    expect(canonicalTimeZone('Etc/UTC')).toBe('UTC');
  });

  it('refuses unknown names and bare offsets', () => {
    expect(canonicalTimeZone('Europe/Atlantis')).toBeNull();
    expect(canonicalTimeZone('+03:00')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
    expect(isTimeZone('Europe/Kiev')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('maps only to names the runtime accepts', () => {
    for (const current of Object.values(RENAMED_TIME_ZONES))
      expect(canonicalTimeZone(current)).toBe(current);
  });
});

describe('timeZoneNames', () => {
  it('offers Europe/Kyiv once and never an old name', () => {
    const names = timeZoneNames();
    expect(names.filter((name) => name === 'Europe/Kyiv')).toHaveLength(1);
    for (const old of Object.keys(RENAMED_TIME_ZONES)) expect(names).not.toContain(old);
    expect(names).toEqual([...names].sort());
    expect(names.length).toBeGreaterThan(300);
  });
});
