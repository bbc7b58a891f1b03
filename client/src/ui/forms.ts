import { useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import { FieldMessage } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, fieldNameOf, isFieldMessage } from './errors';
import { ClientFieldMessage, type FormMessage } from './validation';

const CLIENT_MESSAGES: ReadonlySet<string> = new Set(Object.values(ClientFieldMessage));

export function isFormMessage(value: unknown): value is FormMessage {
  return isFieldMessage(value) || (typeof value === 'string' && CLIENT_MESSAGES.has(value));
}

/**
 * Mantine's useForm whose errors hold message codes (from our rules or from the server's
 * `extensions.fields`) and are translated only when an input renders them, so switching
 * the language also re-translates errors already on screen.
 */
export function useAppForm<Values extends Record<string, unknown>>(
  input: UseFormInput<Values>,
): UseFormReturnType<Values> {
  const { t } = useTranslation();
  // getInputProps runs on every render with this render's options, so `t` is current.
  return useForm<Values>({
    ...input,
    enhanceGetInputProps: ({ inputProps }) => {
      const error: unknown = inputProps.error;
      return isFormMessage(error) ? { error: t(`fieldMessages.${error}`) } : {};
    },
  });
}

/**
 * Puts the server's field errors next to the matching inputs (matched on the last path
 * segment). Returns false when none matched, so the caller shows a general message instead.
 */
export function applyServerFieldErrors<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  error: unknown,
): boolean {
  const known = new Set(Object.keys(form.getValues()));
  let applied = false;
  for (const { field, message } of fieldErrorsOf(error)) {
    const name = fieldNameOf(field);
    if (!known.has(name)) continue;
    form.setFieldError(name, isFieldMessage(message) ? message : FieldMessage.INVALID);
    applied = true;
  }
  return applied;
}
