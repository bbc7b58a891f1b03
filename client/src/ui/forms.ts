import { useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isFormMessage } from './formErrors';

export { applyServerFieldErrors, formFailureOf, formPathOf, isFormMessage } from './formErrors';

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
