import { describe, expect, it } from 'vitest';
import { pivotByQuarter, quarterLabel, quarterRange, shares } from './dashboardData';

describe('quarterRange', () => {
  it('lists every quarter between two, across years', () => {
    expect(quarterRange('2026-Q3', '2027-Q2')).toEqual([
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
    ]);
    expect(quarterRange('2026-Q1', '2026-Q1')).toEqual(['2026-Q1']);
  });
});

describe('pivotByQuarter', () => {
  it('sums counts per quarter and series, filling the quarters with no event', () => {
    const { series, rows } = pivotByQuarter(
      [
        { quarter: '2026-Q4', type: 'CONFERENCE', count: 2 },
        { quarter: '2026-Q1', type: 'ROUND_TABLE', count: 1 },
        { quarter: '2026-Q1', type: 'CONFERENCE', count: 3 },
        { quarter: '2026-Q1', type: 'CONFERENCE', count: 1 },
      ],
      (count) => count.type,
    );
    expect(series).toEqual(['CONFERENCE', 'ROUND_TABLE']);
    expect(rows).toEqual([
      { quarter: '2026-Q1', CONFERENCE: 4, ROUND_TABLE: 1 },
      { quarter: '2026-Q2', CONFERENCE: 0, ROUND_TABLE: 0 },
      { quarter: '2026-Q3', CONFERENCE: 0, ROUND_TABLE: 0 },
      { quarter: '2026-Q4', CONFERENCE: 2, ROUND_TABLE: 0 },
    ]);
  });

  it('gives nothing for no events', () => {
    expect(pivotByQuarter([], () => 'x')).toEqual({ series: [], rows: [] });
  });
});

describe('shares', () => {
  it('gives each value’s share of the total in per cent', () => {
    expect(shares([1, 2])).toEqual([33.3, 66.7]);
    expect(shares([0, 0])).toEqual([0, 0]);
  });
});

describe('quarterLabel', () => {
  it('reads quarter first', () => {
    expect(quarterLabel('2027-Q1')).toBe('Q1 2027');
  });
});
