import { useMutation } from '@apollo/client/react';
import { useMediaQuery } from '@mantine/hooks';
import { SUMMARY_MAX } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import type { FormMessage } from '../../../ui/validation';
import { UpdateProgrammeMutation } from '../graphql/programmes';
import { useReloadProgramme } from '../hooks/useReloadProgramme';
import { currencyOptions, languageName, languageOptions } from '../../../ui/languages';
import {
  currencyRule,
  languagesRule,
  summaryRule,
  titleRule,
  validatePeriod,
} from '../programmeValidation';
import {
  translationErrors,
  translationsToForm,
  translationsToInput,
  type TranslationValues,
} from '../translationForm';
import { ProgrammeBasicsFields, ProgrammeSettingsFields } from './ProgrammeFields';
import { TranslationFields } from './TranslationFields';

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
  translations: TranslationValues;
}

function initialValues(programme: ProgrammeDetailFieldsFragment): EditProgrammeValues {
  return {
    title: programme.title,
    summary: programme.summary ?? '',
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    currency: programme.currency,
    languages: [...programme.languages],
    translations: translationsToForm(programme.translations),
  };
}

function validate(values: EditProgrammeValues): Record<string, FormMessage> {
  const errors: Record<string, FormMessage> = {
    ...validatePeriod(values),
    ...translationErrors(values.translations, values.languages.slice(1), SUMMARY_MAX),
  };
  const add = (path: string, message: FormMessage | null) => {
    if (message) errors[path] = message;
  };
  add('title', titleRule(values.title));
  add('summary', summaryRule(values.summary));
  add('currency', currencyRule(values.currency));
  add('languages', languagesRule(values.languages));
  return errors;
}

/** Title, summary, period, currency, working languages and the translations of a programme. */
export function EditProgrammeModal({ programme, opened, onClose }: EditProgrammeModalProps) {
  const { t, i18n } = useTranslation('programmes');
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
            translations: translationsToInput(submitted.translations, submitted.languages.slice(1)),
          },
        },
      });
      onClose();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

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
      <TranslationFields
        languages={others}
        values={values.translations}
        inputProps={(path) => form.getInputProps(path)}
        onChange={(translations) => form.setFieldValue('translations', translations)}
        textLabel={(language) => t('edit.translationText', { language })}
        textMax={SUMMARY_MAX}
      />
    </FormModal>
  );
}
