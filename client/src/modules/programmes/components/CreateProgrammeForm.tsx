import { useMutation } from '@apollo/client/react';
import { Button, Group, MultiSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { CODE_MAX, ErrorCode, MAX_LANGUAGES, SUMMARY_MAX, TITLE_MAX } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { applyServerFieldErrors, useAppForm } from '../../../ui/forms';
import { LargeSelect } from '../../../ui/LargeSelect';
import { CreateProgrammeMutation } from '../graphql/programmes';
import { currencyOptions, languageName, languageOptions } from '../languages';
import { validateCreateProgramme, type CreateProgrammeValues } from '../programmeValidation';
import { newSide, SidesFields } from './SidesFields';

export interface CreateProgrammeFormProps {
  onCreated: (programme: { id: string }) => void;
  onCancel: () => void;
}

const DEFAULT_LANGUAGES = ['uk', 'en'];

export function CreateProgrammeForm({ onCreated, onCancel }: CreateProgrammeFormProps) {
  const { t, i18n } = useTranslation('programme');
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
      if (errorCodeOf(error) === ErrorCode.BAD_USER_INPUT && applyServerFieldErrors(form, error)) {
        return;
      }
      setFailure(error);
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
        <TextInput
          label={t('create.titleLabel')}
          description={
            titleLanguage
              ? t('create.titleHint', { language: languageName(titleLanguage, locale) })
              : undefined
          }
          maxLength={TITLE_MAX}
          required
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('create.summary')}
          maxLength={SUMMARY_MAX}
          minRows={3}
          resize="vertical"
          {...form.getInputProps('summary')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            type="date"
            label={t('create.startsOn')}
            required
            {...form.getInputProps('startsOn')}
          />
          <TextInput
            type="date"
            label={t('create.endsOn')}
            required
            min={values.startsOn || undefined}
            {...form.getInputProps('endsOn')}
          />
        </SimpleGrid>
        <SidesFields form={form} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <LargeSelect
            label={t('create.currency')}
            data={currencies}
            required
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
          <MultiSelect
            label={t('create.languages')}
            description={t('create.languagesHint')}
            data={languages}
            maxValues={MAX_LANGUAGES}
            withAsterisk={false}
            searchable
            required
            {...form.getInputProps('languages')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel', { ns: 'translation' })}
          </Button>
          <Button type="submit" loading={loading}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
