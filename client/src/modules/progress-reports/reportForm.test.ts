import { NARRATIVE_MAX } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { narrativeError, periodFormErrors, reviewCommentError } from './reportForm';

describe('report form rules', () => {
  it('keeps a blank narrative in a draft but not in a submission', () => {
    expect(narrativeError('  ', false)).toBeNull();
    expect(narrativeError('  ', true)).toBe('required');
    expect(narrativeError('x'.repeat(NARRATIVE_MAX + 1), false)).toBe('too_long');
  });

  it('asks for a comment when sending a report back, not when approving', () => {
    expect(reviewCommentError('REQUEST_CHANGES', ' ')).toBe('required');
    expect(reviewCommentError('APPROVE', '')).toBeNull();
    expect(reviewCommentError('APPROVE', 'x'.repeat(5000))).toBe('too_long');
  });

  it('wants a period’s dates in order, due no earlier than it ends', () => {
    expect(periodFormErrors({ startsOn: '', endsOn: '2026-06-30', dueOn: '2026-07-30' })).toEqual({
      startsOn: 'required',
    });
    expect(
      periodFormErrors({ startsOn: '2026-07-01', endsOn: '2026-06-30', dueOn: '2026-06-01' }),
    ).toEqual({ endsOn: 'end_before_start', dueOn: 'end_before_start' });
    expect(
      periodFormErrors({ startsOn: '2026-01-01', endsOn: '2026-06-30', dueOn: '2026-06-30' }),
    ).toEqual({});
  });

  it('refuses period dates the calendar does not have, as the server does', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      expect(
        periodFormErrors({ startsOn: bad, endsOn: '2026-12-31', dueOn: '2027-01-31' }),
      ).toEqual({ startsOn: 'invalid_date' });
      expect(
        periodFormErrors({ startsOn: '2025-01-01', endsOn: bad, dueOn: '2027-01-31' }),
      ).toEqual({ endsOn: 'invalid_date' });
      expect(
        periodFormErrors({ startsOn: '2025-01-01', endsOn: '2025-01-31', dueOn: bad }),
      ).toEqual({ dueOn: 'invalid_date' });
    }
    expect(
      periodFormErrors({ startsOn: '2024-02-01', endsOn: '2024-02-29', dueOn: '2024-02-29' }),
    ).toEqual({});
  });
});
