import { FieldMessage } from '@spilno/shared';
import type { FormMessage } from '../../ui/validation';

/** A form rule for an optional whole number within limits (a NumberInput gives '' when empty). */
export function wholeNumber(min: number, max: number) {
  return (value: number | string): FormMessage | null => {
    if (value === '') return null;
    const number = Number(value);
    if (!Number.isInteger(number)) return FieldMessage.INVALID;
    return number < min || number > max ? FieldMessage.OUT_OF_RANGE : null;
  };
}

export const optionalNumber = (value: number | string): number | null =>
  value === '' ? null : Number(value);
