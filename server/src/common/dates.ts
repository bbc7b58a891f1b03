import { FieldMessage, type FieldError } from '@spilno/shared';
import { BadInputError } from './errors';

export interface DateRange {
  start: string;
  end: string;
}

/** Checks that `end` is not before `start` (YYYY-MM-DD strings compare as dates). */
export function endNotBeforeStart(range: DateRange, endField: string): FieldError[] {
  return range.end < range.start
    ? [{ field: endField, message: FieldMessage.END_BEFORE_START }]
    : [];
}

/** Checks that a range lies within `period`, naming the field that leaves it. */
export function withinPeriod(
  range: DateRange,
  period: DateRange,
  fields: { start: string; end: string },
): FieldError[] {
  const errors: FieldError[] = [];
  if (range.start < period.start || range.start > period.end) {
    errors.push({ field: fields.start, message: FieldMessage.OUTSIDE_PERIOD });
  }
  if (range.end > period.end || range.end < period.start) {
    errors.push({ field: fields.end, message: FieldMessage.OUTSIDE_PERIOD });
  }
  return errors;
}

/** Throws one BAD_USER_INPUT carrying every collected field error, if any. */
export function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw new BadInputError(errors);
}
