import { describe, expect, it } from 'vitest';
import { categorySeverityMatrix, completion, percent } from './roundFigures';
import { promptLines, roundFormErrors, toRoundInput } from './roundForm';

describe('round form', () => {
  const values = {
    title: ' Моніторинг 2013 ',
    periodStart: '2013-01-01',
    periodEnd: '2013-06-30',
    prompts: 'Що змінилося на кордоні?\n\n  Які проєкти не вдалися?  \n',
  };

  it('takes one question per line, blank lines dropped', () => {
    expect(promptLines(values.prompts)).toEqual([
      'Що змінилося на кордоні?',
      'Які проєкти не вдалися?',
    ]);
    expect(toRoundInput(values)).toEqual({
      title: 'Моніторинг 2013',
      periodStart: '2013-01-01',
      periodEnd: '2013-06-30',
      prompts: ['Що змінилося на кордоні?', 'Які проєкти не вдалися?'],
    });
  });

  it('needs a title and a period that does not end before it starts', () => {
    expect(roundFormErrors(values)).toEqual({});
    expect(roundFormErrors({ ...values, title: ' ', periodEnd: '2012-12-31' })).toEqual({
      title: 'required',
      periodEnd: 'end_before_start',
    });
    expect(roundFormErrors({ ...values, periodStart: '', periodEnd: '' })).toEqual({
      periodStart: 'required',
      periodEnd: 'required',
    });
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      expect(
        roundFormErrors({ ...values, periodStart: bad, periodEnd: '2026-12-31' }),
        bad,
      ).toEqual({
        periodStart: 'invalid_date',
      });
      expect(roundFormErrors({ ...values, periodEnd: bad }), bad).toEqual({
        periodEnd: 'invalid_date',
      });
    }
    expect(
      roundFormErrors({ ...values, periodStart: '2024-02-29', periodEnd: '2024-02-29' }),
    ).toEqual({});
    const many = Array.from({ length: 21 }, (_, i) => `Q${i}`).join('\n');
    expect(roundFormErrors({ ...values, prompts: many })).toEqual({ prompts: 'too_long' });
  });
});

describe('round figures', () => {
  it('adds up the sides and rounds the percentage', () => {
    const sides = [
      { sideId: 'ua', partners: 3, submitted: 2 },
      { sideId: 'ru', partners: 3, submitted: 1 },
    ];
    expect(completion(sides)).toEqual({ submitted: 3, partners: 6 });
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });

  it('lays the answers out as category rows by severity columns, zeros filled in', () => {
    const matrix = categorySeverityMatrix([
      { category: 'FINANCE', severity: 'HIGH', total: 2 },
      { category: 'BORDER_CROSSING', severity: 'CRITICAL', total: 3 },
    ]);
    expect(matrix.map((row) => row.category)).toEqual([
      'LEGAL_FRAMEWORK',
      'FINANCE',
      'INFRASTRUCTURE',
      'BORDER_CROSSING',
      'PUBLIC_SERVICES',
      'OTHER',
    ]);
    expect(matrix.find((row) => row.category === 'FINANCE')?.counts).toEqual([0, 0, 2, 0]);
    expect(matrix.find((row) => row.category === 'BORDER_CROSSING')?.counts).toEqual([0, 0, 0, 3]);
    expect(matrix.find((row) => row.category === 'OTHER')?.counts).toEqual([0, 0, 0, 0]);
  });
});
