import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrorTarget } from './formErrors';
import type { FormMessage, Rule } from './validation';

type Texts = Record<string, string>;

export interface TextForm<Values extends Texts> extends FieldErrorTarget<Values> {
  getInputProps(name: keyof Values & string): {
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    error: string | undefined;
  };
  onSubmit(handle: (values: Values) => unknown): (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * A form of a few text inputs with the part of useAppForm's behaviour the sign-in page uses:
 * rules checked on submit, an input's error cleared when it changes, message codes translated
 * as they render. Mantine's form library is 6 kB of the first screen; this is a few lines.
 */
export function useTextForm<Values extends Texts>({
  initialValues,
  validate,
}: {
  initialValues: Values;
  validate: { [K in keyof Values]?: Rule<string> };
}): TextForm<Values> {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Partial<Record<string, FormMessage>>>({});

  return {
    getValues: () => values,
    setFieldError: (path, message) => setErrors((current) => ({ ...current, [path]: message })),
    getInputProps: (name) => {
      const error = errors[name];
      return {
        value: values[name] ?? '',
        onChange: (event) => {
          const { value } = event.currentTarget;
          setValues((current) => ({ ...current, [name]: value }));
          setErrors(({ [name]: _cleared, ...rest }) => rest);
        },
        error: error ? t(`fieldMessages.${error}`) : undefined,
      };
    },
    onSubmit: (handle) => (event) => {
      event.preventDefault();
      const found: Partial<Record<string, FormMessage>> = {};
      for (const [name, rule] of Object.entries(validate)) {
        const message = rule?.(values[name] ?? '');
        if (message) found[name] = message;
      }
      setErrors(found);
      if (Object.keys(found).length === 0) void handle(values);
    },
  };
}
