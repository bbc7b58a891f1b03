import { FieldMessage, isLocalDate, TWINNING_AREA_MAX } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import {
  emptyContact,
  emptyTwinningForm,
  toTwinningInput,
  twinningFormErrors,
  type TwinningFormValues,
} from './twinningForm';

function form(overrides: Partial<TwinningFormValues> = {}): TwinningFormValues {
  return {
    ...emptyTwinningForm({ organisationAId: 'ua' }),
    organisationBId: 'ru',
    ...overrides,
  };
}

describe('twinningFormErrors', () => {
  it('accepts a plain proposal', () => {
    expect(twinningFormErrors(form())).toEqual({});
  });

  it('refuses a relation existing since a day still to come', () => {
    expect(twinningFormErrors(form({ since: '2026-12-04' }), '2026-12-03').since).toBe(
      FieldMessage.IN_FUTURE,
    );
    expect(twinningFormErrors(form({ since: '2026-12-03' }), '2026-12-03')).toEqual({});
  });

  it('refuses a since date the calendar does not have and takes a leap day', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      expect(twinningFormErrors(form({ since: bad }), '2026-12-03').since, bad).toBe(
        FieldMessage.INVALID_DATE,
      );
    }
    expect(twinningFormErrors(form({ since: '2024-02-29' }), '2026-12-03')).toEqual({});
  });

  it('asks for both organisations and never the same one twice', () => {
    expect(twinningFormErrors(form({ organisationBId: null }))).toEqual({
      organisationBId: FieldMessage.REQUIRED,
    });
    expect(twinningFormErrors(form({ organisationBId: 'ua' }))).toEqual({
      organisationBId: FieldMessage.SAME_ORGANISATION,
    });
  });

  it('checks the date, the areas and each contact', () => {
    const errors = twinningFormErrors(
      form({
        since: '2026-02-30',
        areas: ['Культура', 'x'.repeat(TWINNING_AREA_MAX + 1)],
        contacts: [
          { ...emptyContact('ru'), name: 'Anna', email: 'anna@' },
          { ...emptyContact('elsewhere'), name: ' ' },
        ],
      }),
    );
    expect(errors).toEqual({
      since: FieldMessage.INVALID_DATE,
      areas: FieldMessage.TOO_LONG,
      'contacts.0.email': FieldMessage.INVALID_EMAIL,
      'contacts.1.organisationId': FieldMessage.UNKNOWN_REFERENCE,
      'contacts.1.name': FieldMessage.REQUIRED,
    });
  });
});

describe('isLocalDate', () => {
  it('takes real calendar dates only', () => {
    expect(isLocalDate('2012-04-27')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('27.04.2012')).toBe(false);
  });
});

describe('toTwinningInput', () => {
  it('trims, drops blanks and sends a partner’s relation as a proposal', () => {
    const values = form({
      status: 'ACTIVE',
      areas: [' Культура ', ''],
      description: '  ',
      contacts: [{ ...emptyContact('ru'), name: ' Anna ', phone: '+48 1' }],
    });
    expect(toTwinningInput(values, false)).toEqual({
      organisationAId: 'ua',
      organisationBId: 'ru',
      kind: 'MEMORANDUM',
      status: 'PROPOSED',
      since: null,
      areas: ['Культура'],
      programmeId: null,
      description: null,
      note: null,
      contacts: [
        { organisationId: 'ru', name: 'Anna', position: null, email: null, phone: '+48 1' },
      ],
    });
    expect(toTwinningInput(values, true).status).toBe('ACTIVE');
  });
});
