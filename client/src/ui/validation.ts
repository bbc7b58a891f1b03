import { EMAIL_MAX, EMAIL_PATTERN, FieldMessage, isLocalDate, localToday } from '@spilno/shared';

/** Messages only the client produces (cross-field checks that never reach the server). */
export const ClientFieldMessage = {
  PASSWORDS_MISMATCH: 'passwords_mismatch',
} as const;
export type ClientFieldMessage = (typeof ClientFieldMessage)[keyof typeof ClientFieldMessage];

/** What a form error holds: a code, translated only when shown. */
export type FormMessage = FieldMessage | ClientFieldMessage;

export type Rule<T> = (value: T) => FormMessage | null;

export const required: Rule<string | null> = (value) =>
  value === null || value.trim() === '' ? FieldMessage.REQUIRED : null;

export function maxLength(max: number): Rule<string> {
  return (value) => (value.length > max ? FieldMessage.TOO_LONG : null);
}

export function minLength(min: number): Rule<string> {
  return (value) => (value.length < min ? FieldMessage.TOO_SHORT : null);
}

export const email: Rule<string> = (value) => {
  if (value.length > EMAIL_MAX) return FieldMessage.TOO_LONG;
  return EMAIL_PATTERN.test(value.trim()) ? null : FieldMessage.INVALID_EMAIL;
};

/** Runs the rules in order and reports the first failure, as the server does. */
export function rules<T>(...checks: Rule<T>[]): Rule<T> {
  return (value) => {
    for (const check of checks) {
      const message = check(value);
      if (message) return message;
    }
    return null;
  };
}

/**
 * A date of something that has happened (a signature, a status change): a real date, and not
 * after `today`, the local day the form was opened on; the server refuses later ones too.
 */
export function pastDateError(value: string, today: string = localToday()): FormMessage | null {
  if (!isLocalDate(value)) return FieldMessage.INVALID_DATE;
  return value > today ? FieldMessage.IN_FUTURE : null;
}
