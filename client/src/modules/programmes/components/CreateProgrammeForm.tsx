import { useMutation } from '@apollo/client/react';
import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { CODE_MAX } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormActions } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { CreateProgrammeMutation } from '../graphql/programmes';
import { currencyOptions, languageName, languageOptions } from '../../../ui/languages';
import { validateCreateProgramme, type CreateProgrammeValues } from '../programmeValidation';
import { ProgrammeBasicsFields, ProgrammeSettingsFields } from './ProgrammeFields';
import { newSide, SidesFields } from './SidesFields';

export interface CreateProgrammeFormProps {
  onCreated: (programme: { id: string }) => void;
  onCancel: () => void;
}

const DEFAULT_LANGUAGES = ['uk', 'en'];

export function CreateProgrammeForm({ onCreated, onCancel }: CreateProgrammeFormProps) {
  const { t, i18n } = useTranslation('programmes');
  const locale = i18n.language;
  const [createProgramme, { loading }] = useMutation(CreateProgrammeMutation, {
    refetchQueries: ['Programmes'],
  });
  const [failure, setFailure] = useState<unknown>(null);
  const form = useAppForm<CreateProgrammeValues>({
    initialValues: {
      code: '',
      title: '',
      summary: '',
      startsOn: '',
      endsOn: '',
      sides: [newSide('UA'), newSide()],
      currency: 'EUR',
      languages: DEFAULT_LANGUAGES,
    },
    validate: validateCreateProgramme,
  });
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  const languages = useMemo(() => languageOptions(locale), [locale]);
  const values = form.getValues();
  const titleLanguage = values.languages[0];

  const handleSubmit = form.onSubmit(async (submitted) => {
    setFailure(null);
    try {
      const { data } = await createProgramme({
        variables: {
          input: {
            code: submitted.code.trim(),
            title: submitted.title.trim(),
            summary: submitted.summary.trim() || null,
            startsOn: submitted.startsOn,
            endsOn: submitted.endsOn,
            sides: submitted.sides.map((side) => ({
              name: side.name.trim(),
              country: side.country ?? '',
            })),
            currency: submitted.currency,
            languages: submitted.languages,
          },
        },
      });
      if (data) onCreated(data.createProgramme);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('create.title')}>
      <Stack gap="md" maw={820}>
        {failure ? <ErrorAlert error={failure} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('create.code')}
            description={t('create.codeHint')}
            maxLength={CODE_MAX}
            autoComplete="off"
            required
            {...form.getInputProps('code')}
            onChange={(event) =>
              form.setFieldValue('code', event.currentTarget.value.toUpperCase())
            }
          />
        </SimpleGrid>
        <ProgrammeBasicsFields
          inputProps={(name) => form.getInputProps(name)}
          titleHint={
            titleLanguage
              ? t('create.titleHint', { language: languageName(titleLanguage, locale) })
              : undefined
          }
          endsMin={values.startsOn || undefined}
        />
        <SidesFields form={form} />
        <ProgrammeSettingsFields
          inputProps={(name) => form.getInputProps(name)}
          currencies={currencies}
          languages={languages}
          required
        />
        <FormActions submitLabel={t('create.submit')} onCancel={onCancel} submitting={loading} />
      </Stack>
    </form>
  );
}
