import { describe, expect, it } from 'vitest';
import { nextSort, sortPortfolio, type PortfolioEntry } from './portfolioSort';

function entry(code: string, overrides: Partial<PortfolioEntry> = {}): PortfolioEntry {
  return {
    programme: {
      id: code,
      code,
      title: `Programme ${code}`,
      status: 'ACTIVE',
      languages: ['uk'],
      translations: [],
    },
    overallProgress: 0,
    actions: 0,
    overdueActions: 0,
    eventsHeld: 0,
    eventsUpcoming: 0,
    lastEventAt: null,
    lateReports: 0,
    ...overrides,
  };
}

const codes = (entries: PortfolioEntry[]) => entries.map((e) => e.programme.code);
const title = (e: PortfolioEntry) => e.programme.title;

describe('sortPortfolio', () => {
  const entries = [
    entry('B-2', { overallProgress: 40, overdueActions: 3, lastEventAt: '2026-03-01T00:00:00Z' }),
    entry('A-10', { overallProgress: 90, overdueActions: 0 }),
    entry('A-9', { overallProgress: 40, overdueActions: 1, lastEventAt: '2026-05-01T00:00:00Z' }),
  ];

  it('sorts codes naturally and numbers in either direction, ties by code', () => {
    expect(
      codes(sortPortfolio(entries, { column: 'code', direction: 'ascending' }, title, 'en')),
    ).toEqual(['A-9', 'A-10', 'B-2']);
    expect(
      codes(sortPortfolio(entries, { column: 'progress', direction: 'descending' }, title, 'en')),
    ).toEqual(['A-10', 'A-9', 'B-2']);
    expect(
      codes(sortPortfolio(entries, { column: 'overdue', direction: 'ascending' }, title, 'en')),
    ).toEqual(['A-10', 'A-9', 'B-2']);
    const late = entries.map((e, i) => ({ ...e, lateReports: [0, 2, 1][i] ?? 0 }));
    expect(
      codes(sortPortfolio(late, { column: 'lateReports', direction: 'descending' }, title, 'en')),
    ).toEqual(['A-10', 'A-9', 'B-2']);
  });

  it('puts programmes without a held event last either way', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      expect(
        codes(sortPortfolio(entries, { column: 'lastEvent', direction }, title, 'en')).at(-1),
      ).toBe('A-10');
    }
  });
});

describe('nextSort', () => {
  it('turns the direction on the same column and starts a new column at its default', () => {
    expect(nextSort({ column: 'code', direction: 'ascending' }, 'code')).toEqual({
      column: 'code',
      direction: 'descending',
    });
    expect(nextSort({ column: 'code', direction: 'ascending' }, 'overdue')).toEqual({
      column: 'overdue',
      direction: 'descending',
    });
  });
});
