import {
  CODE_MAX,
  CURRENCY_PATTERN,
  endNotBeforeStart,
  FieldMessage,
  localDateError,
  MAX_LANGUAGES,
  MAX_SIDES,
  MIN_SIDES,
  NAME_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
} from '@spilno/shared';
import { maxLength, required, rules, type FormMessage } from '../../ui/validation';

export interface SideValues {
  /** Keeps React rows stable while rows are added and removed. */
  key: string;
  name: string;
  country: string | null;
}

export interface PeriodValues {
  startsOn: string;
  endsOn: string;
}

export interface CreateProgrammeValues extends Record<string, unknown>, PeriodValues {
  code: string;
  title: string;
  summary: string;
  sides: SideValues[];
  currency: string | null;
  languages: string[];
}

export const localDate = (value: string): FormMessage | null => localDateError(value);

/** Start and end dates, the end not before the start (as the server checks it). */
export function validatePeriod(values: PeriodValues): Record<string, FormMessage> {
  const errors: Record<string, FormMessage> = {};
  const start = localDate(values.startsOn);
  const end = localDate(values.endsOn);
  if (start) errors.startsOn = start;
  if (end) errors.endsOn = end;
  if (!start && !end && !endNotBeforeStart({ start: values.startsOn, end: values.endsOn })) {
    errors.endsOn = FieldMessage.END_BEFORE_START;
  }
  return errors;
}

export const titleRule = rules(required, maxLength(TITLE_MAX));
export const summaryRule = maxLength(SUMMARY_MAX);
export const sideNameRule = rules(required, maxLength(NAME_MAX));

export const currencyRule = (value: string | null): FormMessage | null =>
  !value ? FieldMessage.REQUIRED : CURRENCY_PATTERN.test(value) ? null : FieldMessage.INVALID;

export const languagesRule = (value: readonly string[]): FormMessage | null =>
  value.length === 0
    ? FieldMessage.REQUIRED
    : value.length > MAX_LANGUAGES
      ? FieldMessage.OUT_OF_RANGE
      : null;

/** Every rule of the new-programme form, with the shared limits the server also applies. */
export function validateCreateProgramme(
  values: CreateProgrammeValues,
): Record<string, FormMessage> {
  const errors: Record<string, FormMessage> = { ...validatePeriod(values) };
  const add = (path: string, message: FormMessage | null) => {
    if (message) errors[path] = message;
  };
  add('code', rules(required, maxLength(CODE_MAX))(values.code));
  add('title', titleRule(values.title));
  add('summary', summaryRule(values.summary));
  add('currency', currencyRule(values.currency));
  add('languages', languagesRule(values.languages));
  if (values.sides.length < MIN_SIDES) add('sides', FieldMessage.TOO_SHORT);
  if (values.sides.length > MAX_SIDES) add('sides', FieldMessage.TOO_LONG);
  values.sides.forEach((side, index) => {
    add(`sides.${index}.name`, sideNameRule(side.name));
    add(`sides.${index}.country`, required(side.country));
  });
  return errors;
}
