import { MultiSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { MAX_LANGUAGES, SUMMARY_MAX, TITLE_MAX } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { LargeSelect } from '../../../ui/LargeSelect';

/** The programme fields that creating and editing share. */
export type ProgrammeFieldName =
  'title' | 'summary' | 'startsOn' | 'endsOn' | 'currency' | 'languages';

/**
 * Both forms pass their own `form.getInputProps`; taking it as a function keeps these
 * fields free of either form's value type.
 */
type InputPropsOf = (name: ProgrammeFieldName) => GetInputPropsReturnType;

export interface ProgrammeBasicsFieldsProps {
  inputProps: InputPropsOf;
  /** Names the language the title is written in, once it is known. */
  titleHint?: string | null;
  /** Set where the title is the first field of the form. */
  autoFocusTitle?: boolean;
  /** The earliest end the date picker offers. */
  endsMin?: string;
}

/** Title, summary and the programme's dates. */
export function ProgrammeBasicsFields({
  inputProps,
  titleHint,
  autoFocusTitle,
  endsMin,
}: ProgrammeBasicsFieldsProps) {
  const { t } = useTranslation('programmes');
  return (
    <>
      <TextInput
        label={t('create.titleLabel')}
        description={titleHint}
        maxLength={TITLE_MAX}
        required
        data-autofocus={autoFocusTitle || undefined}
        {...inputProps('title')}
      />
      <Textarea
        label={t('create.summary')}
        maxLength={SUMMARY_MAX}
        minRows={3}
        resize="vertical"
        {...inputProps('summary')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput type="date" label={t('create.startsOn')} required {...inputProps('startsOn')} />
        <TextInput
          type="date"
          label={t('create.endsOn')}
          required
          min={endsMin}
          {...inputProps('endsOn')}
        />
      </SimpleGrid>
    </>
  );
}

export interface ProgrammeSettingsFieldsProps {
  inputProps: InputPropsOf;
  currencies: { value: string; label: string }[];
  languages: { value: string; label: string }[];
  /**
   * A new programme must choose both; an existing one always has them, so editing leaves
   * the browser's required state off.
   */
  required?: boolean;
}

/** Currency and working languages. */
export function ProgrammeSettingsFields({
  inputProps,
  currencies,
  languages,
  required,
}: ProgrammeSettingsFieldsProps) {
  const { t } = useTranslation('programmes');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <LargeSelect
        label={t('create.currency')}
        data={currencies}
        required={required}
        allowDeselect={false}
        {...inputProps('currency')}
      />
      <MultiSelect
        label={t('create.languages')}
        description={t('create.languagesHint')}
        data={languages}
        maxValues={MAX_LANGUAGES}
        withAsterisk={false}
        searchable
        required={required}
        {...inputProps('languages')}
      />
    </SimpleGrid>
  );
}
