import { ErrorCode, FieldMessage } from '@spilno/shared';
import { errorCodeOf, fieldErrorsOf, fieldNameOf, isFieldMessage } from './errors';
import { ClientFieldMessage, type FormMessage } from './validation';

// Apart from forms.ts, which holds Mantine's form: the sign-in page uses these with a lighter one.

const CLIENT_MESSAGES: ReadonlySet<string> = new Set(Object.values(ClientFieldMessage));

export function isFormMessage(value: unknown): value is FormMessage {
  return isFieldMessage(value) || (typeof value === 'string' && CLIENT_MESSAGES.has(value));
}

/** What the server's field errors need of a form: Mantine's and the sign-in page's have it. */
export interface FieldErrorTarget<Values> {
  getValues(): Values;
  setFieldError(path: string, message: FormMessage): void;
}

function valueAt(values: unknown, path: readonly string[]): unknown {
  let node = values;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * The form path a server field path points at. The whole path without the argument name
 * wins when the form has it (`input.sides.1.country` → `sides.1.country`, the second row);
 * otherwise the last segment names a top-level field (`input.email` → `email`).
 */
export function formPathOf(serverPath: string, values: Record<string, unknown>): string | null {
  const segments = serverPath.split('.');
  for (const start of [0, 1]) {
    const path = segments.slice(start);
    if (path.length > 1 && valueAt(values, path) !== undefined) return path.join('.');
  }
  const name = fieldNameOf(serverPath);
  return Object.hasOwn(values, name) ? name : null;
}

/**
 * Puts the server's field errors next to the matching inputs (see formPathOf). Returns
 * false when none matched, so the caller shows a general message instead.
 */
export function applyServerFieldErrors<Values extends Record<string, unknown>>(
  form: FieldErrorTarget<Values>,
  error: unknown,
): boolean {
  const values = form.getValues();
  let applied = false;
  for (const { field, message } of fieldErrorsOf(error)) {
    const path = formPathOf(field, values);
    if (path === null) continue;
    form.setFieldError(path, isFieldMessage(message) ? message : FieldMessage.INVALID);
    applied = true;
  }
  return applied;
}

/**
 * What is left to show above a form after a failed save: nothing when the server's field
 * errors were put next to their inputs, otherwise the error itself.
 */
export function formFailureOf<Values extends Record<string, unknown>>(
  form: FieldErrorTarget<Values>,
  error: unknown,
): unknown {
  return errorCodeOf(error) === ErrorCode.BAD_USER_INPUT && applyServerFieldErrors(form, error)
    ? null
    : error;
}
