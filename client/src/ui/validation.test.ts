import { FieldMessage } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { pastDateError } from './validation';

// The signatory's signing date and a twinning status change's date both go through this rule.
describe('pastDateError', () => {
  const today = '2026-12-03';

  it('refuses days the calendar does not have, as the server does', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29', '03.12.2026']) {
      expect(pastDateError(bad, today), bad).toBe(FieldMessage.INVALID_DATE);
    }
  });

  it('takes a leap day and today, not tomorrow', () => {
    expect(pastDateError('2024-02-29', today)).toBeNull();
    expect(pastDateError(today, today)).toBeNull();
    expect(pastDateError('2026-12-04', today)).toBe(FieldMessage.IN_FUTURE);
  });
});
