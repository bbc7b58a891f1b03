import {
  endNotBeforeStart as endsInOrder,
  FieldMessage,
  type FieldError,
  type LocalDateRange,
  withinPeriod as inPeriod,
} from '@spilno/shared';
import { BadInputError } from './errors';

export type DateRange = LocalDateRange;

/** Checks that `end` is not before `start`, by the rule the client's forms apply too. */
export function endNotBeforeStart(range: DateRange, endField: string): FieldError[] {
  return endsInOrder(range) ? [] : [{ field: endField, message: FieldMessage.END_BEFORE_START }];
}

/** Checks that a range lies within `period`, naming the field that leaves it. */
export function withinPeriod(
  range: DateRange,
  period: DateRange,
  fields: { start: string; end: string },
): FieldError[] {
  const errors: FieldError[] = [];
  if (!inPeriod(range.start, period)) {
    errors.push({ field: fields.start, message: FieldMessage.OUTSIDE_PERIOD });
  }
  if (!inPeriod(range.end, period)) {
    errors.push({ field: fields.end, message: FieldMessage.OUTSIDE_PERIOD });
  }
  return errors;
}

/** Throws one BAD_USER_INPUT carrying every collected field error, if any. */
export function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw new BadInputError(errors);
}
