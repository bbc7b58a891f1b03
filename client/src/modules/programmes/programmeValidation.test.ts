import { FieldMessage } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { localDate, validatePeriod } from './programmeValidation';

describe('programme period', () => {
  it('refuses days the calendar does not have, as the server does', () => {
    // Date.parse rolls 2026-02-30 over into March; the shared rule does not.
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      expect(localDate(bad), bad).toBe(FieldMessage.INVALID_DATE);
      expect(validatePeriod({ startsOn: bad, endsOn: '2027-12-31' }), bad).toEqual({
        startsOn: FieldMessage.INVALID_DATE,
      });
      expect(validatePeriod({ startsOn: '2024-01-01', endsOn: bad }), bad).toEqual({
        endsOn: FieldMessage.INVALID_DATE,
      });
    }
  });

  it('takes a leap day, a one-day period, and no end before the start', () => {
    expect(validatePeriod({ startsOn: '2024-02-29', endsOn: '2024-02-29' })).toEqual({});
    expect(validatePeriod({ startsOn: '', endsOn: '2024-02-29' })).toEqual({
      startsOn: FieldMessage.REQUIRED,
    });
    expect(validatePeriod({ startsOn: '2024-03-01', endsOn: '2024-02-29' })).toEqual({
      endsOn: FieldMessage.END_BEFORE_START,
    });
  });
});
