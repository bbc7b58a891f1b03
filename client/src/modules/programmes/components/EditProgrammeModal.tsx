import { useMutation } from '@apollo/client/react';
import { Fieldset, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FieldMessage, SUMMARY_MAX, TITLE_MAX } from '@spilno/shared';
import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import type { FormMessage } from '../../../ui/validation';
import { UpdateProgrammeMutation } from '../graphql/programmes';
import { useReloadProgramme } from '../hooks/useReloadProgramme';
import { currencyOptions, languageName, languageOptions } from '../languages';
import {
  currencyRule,
  languagesRule,
  summaryRule,
  titleRule,
  validatePeriod,
} from '../programmeValidation';
import { ProgrammeBasicsFields, ProgrammeSettingsFields } from './ProgrammeFields';

export interface EditProgrammeModalProps {
  programme: ProgrammeDetailFieldsFragment;
  opened: boolean;
  onClose: () => void;
}

interface EditProgrammeValues extends Record<string, unknown> {
  title: string;
  summary: string;
  startsOn: string;
  endsOn: string;
  currency: string | null;
  languages: string[];
  /** Title and summary per working language other than the first, keyed by language. */
  translations: Record<string, { title: string; text: string }>;
}

function initialValues(programme: ProgrammeDetailFieldsFragment): EditProgrammeValues {
  const translations: EditProgrammeValues['translations'] = {};
  for (const entry of programme.translations) {
    translations[entry.language] = { title: entry.title ?? '', text: entry.text ?? '' };
  }
  return {
    title: programme.title,
    summary: programme.summary ?? '',
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    currency: programme.currency,
    languages: [...programme.languages],
    translations,
  };
}

function validate(values: EditProgrammeValues): Record<string, FormMessage> {
  const errors: Record<string, FormMessage> = { ...validatePeriod(values) };
  const add = (path: string, message: FormMessage | null) => {
    if (message) errors[path] = message;
  };
  add('title', titleRule(values.title));
  add('summary', summaryRule(values.summary));
  add('currency', currencyRule(values.currency));
  add('languages', languagesRule(values.languages));
  for (const language of values.languages.slice(1)) {
    const entry = values.translations[language];
    if (entry && entry.title.length > TITLE_MAX)
      add(`translations.${language}.title`, FieldMessage.TOO_LONG);
    if (entry && entry.text.length > SUMMARY_MAX)
      add(`translations.${language}.text`, FieldMessage.TOO_LONG);
  }
  return errors;
}

/** Title, summary, period, currency, working languages and the translations of a programme. */
export function EditProgrammeModal({ programme, opened, onClose }: EditProgrammeModalProps) {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language;
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const reload = useReloadProgramme();
  const [failure, setFailure] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UpdateProgrammeMutation);
  const form = useAppForm<EditProgrammeValues>({
    initialValues: initialValues(programme),
    validate,
  });
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  const languages = useMemo(
    () => languageOptions(locale, programme.languages),
    [locale, programme.languages],
  );
  const values = form.getValues();
  const [original, ...others] = values.languages;

  const handleClose = () => {
    form.setValues(initialValues(programme));
    form.clearErrors();
    setFailure(null);
    onClose();
  };

  const handleSubmit = form.onSubmit(async (submitted) => {
    setFailure(null);
    try {
      await update({
        variables: {
          id: programme.id,
          version: programme.version,
          input: {
            title: submitted.title.trim(),
            summary: submitted.summary.trim() || null,
            startsOn: submitted.startsOn,
            endsOn: submitted.endsOn,
            currency: submitted.currency,
            languages: submitted.languages,
            translations: submitted.languages.slice(1).map((language) => ({
              language,
              title: submitted.translations[language]?.title.trim() || null,
              text: submitted.translations[language]?.text.trim() || null,
            })),
          },
        },
      });
      onClose();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  const translationField = (language: string, part: 'title' | 'text') => {
    const current = values.translations[language] ?? { title: '', text: '' };
    return {
      ...form.getInputProps(`translations.${language}.${part}`),
      value: current[part],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        form.setFieldValue('translations', {
          ...values.translations,
          [language]: { ...current, [part]: event.currentTarget.value },
        }),
    };
  };

  return (
    <FormModal
      opened={opened}
      title={t('edit.title')}
      size="xl"
      fullScreen={fullScreen ?? false}
      onClose={handleClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={() => void reload()}
      submitLabel={t('edit.submit')}
      submitting={loading}
    >
      <ProgrammeBasicsFields
        inputProps={(name) => form.getInputProps(name)}
        titleHint={
          original ? t('create.titleHint', { language: languageName(original, locale) }) : null
        }
        autoFocusTitle
      />
      <ProgrammeSettingsFields
        inputProps={(name) => form.getInputProps(name)}
        currencies={currencies}
        languages={languages}
      />
      {others.map((language) => (
        <Fieldset
          key={language}
          legend={t('edit.translation', { language: languageName(language, locale) })}
        >
          <Stack gap="sm">
            <TextInput
              label={t('edit.translationTitle', { language: languageName(language, locale) })}
              maxLength={TITLE_MAX}
              lang={language}
              {...translationField(language, 'title')}
            />
            <Textarea
              label={t('edit.translationText', { language: languageName(language, locale) })}
              maxLength={SUMMARY_MAX}
              minRows={2}
              resize="vertical"
              lang={language}
              {...translationField(language, 'text')}
            />
          </Stack>
        </Fieldset>
      ))}
    </FormModal>
  );
}
