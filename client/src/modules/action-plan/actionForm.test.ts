import { FieldMessage } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import {
  actionDateErrors,
  budgetError,
  suggestCode,
  toActionInput,
  weightError,
  type ActionFormValues,
} from './actionForm';

const period = { startsOn: '2012-01-01', endsOn: '2014-12-31' };

describe('actionDateErrors', () => {
  it('accepts dates inside the period in order', () => {
    expect(actionDateErrors({ startsOn: '2012-01-01', dueOn: '2014-12-31' }, period)).toEqual({
      startsOn: null,
      dueOn: null,
    });
  });

  it('names the date outside the programme period', () => {
    expect(actionDateErrors({ startsOn: '2011-12-31', dueOn: '2015-01-01' }, period)).toEqual({
      startsOn: FieldMessage.OUTSIDE_PERIOD,
      dueOn: FieldMessage.OUTSIDE_PERIOD,
    });
  });

  it('refuses a due date before the start', () => {
    expect(actionDateErrors({ startsOn: '2013-05-01', dueOn: '2013-04-30' }, period).dueOn).toBe(
      FieldMessage.END_BEFORE_START,
    );
  });

  it('asks for missing dates and refuses malformed ones', () => {
    expect(actionDateErrors({ startsOn: '', dueOn: '2013-02-30x' }, period)).toEqual({
      startsOn: FieldMessage.REQUIRED,
      dueOn: FieldMessage.INVALID_DATE,
    });
  });
});

describe('number rules', () => {
  it('allows empty optional numbers and limits the rest', () => {
    expect(weightError('')).toBeNull();
    expect(weightError(2)).toBeNull();
    expect(weightError(-1)).toBe(FieldMessage.OUT_OF_RANGE);
    expect(budgetError(1e13)).toBe(FieldMessage.OUT_OF_RANGE);
  });
});

describe('suggestCode', () => {
  it('suggests the next code below a parent', () => {
    expect(suggestCode('1.2', ['1', '1.2', '1.2.1', '1.2.3', '1.2.2', '1.20'])).toBe('1.2.4');
    expect(suggestCode('1.2.4', ['1.2.4'])).toBe('1.2.4.1');
  });

  it('suggests the next top-level code', () => {
    expect(suggestCode(null, ['1', '1.1', '2', '6', '10.a'])).toBe('7');
  });
});

describe('toActionInput', () => {
  const values: ActionFormValues = {
    code: ' 1.2.4 ',
    title: ' Round table ',
    description: '  ',
    startsOn: '2013-01-01',
    dueOn: '2013-06-30',
    parentId: 'p',
    responsiblePartnerIds: ['a'],
    weight: '',
    plannedBudget: 1200,
    spentBudget: '',
    status: null,
  };

  it('trims texts, turns empty numbers into null and keeps translations', () => {
    const translation = { __typename: 'Translation', language: 'en', title: 'T', text: null };
    expect(toActionInput(values, [translation])).toEqual({
      code: '1.2.4',
      title: 'Round table',
      description: null,
      startsOn: '2013-01-01',
      dueOn: '2013-06-30',
      parentId: 'p',
      responsiblePartnerIds: ['a'],
      weight: null,
      plannedBudget: 1200,
      spentBudget: null,
      status: null,
      translations: [{ language: 'en', title: 'T', text: null }],
    });
  });
});

describe('actionDateErrors and the shared calendar rule', () => {
  const wide = { startsOn: '2020-01-01', endsOn: '2030-12-31' };

  it('refuses days the calendar does not have, as the server does', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      expect(actionDateErrors({ startsOn: bad, dueOn: '2026-12-31' }, wide).startsOn, bad).toBe(
        FieldMessage.INVALID_DATE,
      );
      expect(actionDateErrors({ startsOn: '2021-01-01', dueOn: bad }, wide).dueOn, bad).toBe(
        FieldMessage.INVALID_DATE,
      );
    }
  });

  it('takes a leap day in a leap year', () => {
    expect(actionDateErrors({ startsOn: '2024-02-29', dueOn: '2024-02-29' }, wide)).toEqual({
      startsOn: null,
      dueOn: null,
    });
  });
});
