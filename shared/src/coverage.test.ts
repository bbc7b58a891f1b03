import { describe, expect, it } from 'vitest';
import {
  associationCoverage,
  coveragePercent,
  declaredPercent,
  latestDeclared,
  type DeclaredFigure,
} from './coverage';

/** The Kharkiv association's own figures, before and after the 2020 reform. */
const BEFORE_REFORM: DeclaredFigure = {
  asOf: '2020-10-24',
  count: 382,
  eligibleCount: 395,
  statedPercent: null,
};
const AFTER_REFORM: DeclaredFigure = {
  asOf: '2021-01-01',
  count: 62,
  eligibleCount: 64,
  statedPercent: 97,
};

describe('coveragePercent', () => {
  it('is a per cent with one decimal', () => {
    expect(coveragePercent(382, 395)).toBe(96.7);
    expect(coveragePercent(35, 395)).toBe(8.9);
    expect(coveragePercent(62, 64)).toBe(96.9);
    expect(coveragePercent(1, 3)).toBe(33.3);
    expect(coveragePercent(64, 64)).toBe(100);
  });

  it('has no value without councils to count against', () => {
    expect(coveragePercent(10, null)).toBeNull();
    expect(coveragePercent(10, 0)).toBeNull();
  });
});

describe('declared figures', () => {
  it('keep the share their source states, else compute it', () => {
    expect(declaredPercent(AFTER_REFORM, null)).toBe(97);
    expect(declaredPercent(BEFORE_REFORM, null)).toBe(96.7);
    // Only the count declared: against the councils of the region.
    expect(declaredPercent({ ...BEFORE_REFORM, eligibleCount: null }, 400)).toBe(95.5);
    expect(declaredPercent({ ...BEFORE_REFORM, eligibleCount: null }, null)).toBeNull();
  });

  it('the latest is the one with the latest date, whatever the order', () => {
    expect(latestDeclared([AFTER_REFORM, BEFORE_REFORM])).toBe(AFTER_REFORM);
    expect(latestDeclared([BEFORE_REFORM, AFTER_REFORM])).toBe(AFTER_REFORM);
    expect(latestDeclared([])).toBeNull();
  });
});

describe('associationCoverage', () => {
  it('takes the latest declared count, with the listed members beside it', () => {
    expect(
      associationCoverage({ listedMembers: 35, councilsInRegion: 395, declared: [BEFORE_REFORM] }),
    ).toEqual({
      basis: 'DECLARED',
      members: 382,
      councils: 395,
      percent: 96.7,
      asOf: '2020-10-24',
      listedMembers: 35,
    });
    expect(
      associationCoverage({
        listedMembers: 35,
        councilsInRegion: 395,
        declared: [BEFORE_REFORM, AFTER_REFORM],
      }),
    ).toMatchObject({ basis: 'DECLARED', members: 62, councils: 64, percent: 97 });
  });

  it('counts the listed members when nothing is declared', () => {
    expect(associationCoverage({ listedMembers: 7, councilsInRegion: 7, declared: [] })).toEqual({
      basis: 'LISTED',
      members: 7,
      councils: 7,
      percent: 100,
      asOf: null,
      listedMembers: 7,
    });
    expect(
      associationCoverage({ listedMembers: 7, councilsInRegion: null, declared: [] }),
    ).toBeNull();
  });
});
