import { Fieldset, Stack, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { TITLE_MAX } from '@spilno/shared';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../ui/languages';
import type { TranslationValues } from '../translationForm';

export interface TranslationFieldsProps {
  /** The working languages other than the original one, in order. */
  languages: readonly string[];
  values: TranslationValues;
  /** The form's own getInputProps, for the error of `translations.<language>.<part>`. */
  inputProps: (path: string) => GetInputPropsReturnType;
  onChange: (values: TranslationValues) => void;
  /** What the text is called in the interface: "Summary in English", "Description in …". */
  textLabel: (language: string) => string;
  textMax: number;
}

/**
 * A title and a text for each further working language. A language may have no entry yet
 * (it was just added, or never translated), so values are read and written as a whole.
 */
export function TranslationFields({
  languages,
  values,
  inputProps,
  onChange,
  textLabel,
  textMax,
}: TranslationFieldsProps) {
  const { t, i18n } = useTranslation('programmes');

  const field = (language: string, part: 'title' | 'text') => {
    const current = values[language] ?? { title: '', text: '' };
    return {
      ...inputProps(`translations.${language}.${part}`),
      value: current[part],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        onChange({ ...values, [language]: { ...current, [part]: event.currentTarget.value } }),
    };
  };

  return languages.map((language) => {
    const name = languageName(language, i18n.language);
    return (
      <Fieldset key={language} legend={t('edit.translation', { language: name })}>
        <Stack gap="sm">
          <TextInput
            label={t('edit.translationTitle', { language: name })}
            maxLength={TITLE_MAX}
            lang={language}
            {...field(language, 'title')}
          />
          <Textarea
            label={textLabel(name)}
            maxLength={textMax}
            minRows={2}
            resize="vertical"
            lang={language}
            {...field(language, 'text')}
          />
        </Stack>
      </Fieldset>
    );
  });
}
