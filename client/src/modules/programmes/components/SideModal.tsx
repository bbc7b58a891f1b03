import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { NAME_MAX } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { countryOptions } from '../../../ui/format';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { required } from '../../../ui/validation';
import { LargeSelect } from '../../../ui/LargeSelect';
import { AddProgrammeSideMutation, UpdateProgrammeSideMutation } from '../graphql/team';
import { useReloadProgramme } from '../hooks/useReloadProgramme';
import { sideNameRule } from '../programmeValidation';

export interface SideModalProps {
  programmeId: string;
  /** The side to rename or move; a new side when absent. */
  side?: { id: string; name: string; country: string } | null;
  onClose: () => void;
}

interface SideValues extends Record<string, unknown> {
  name: string;
  country: string | null;
}

/** Adds a side, or renames one or changes its country. */
export function SideModal({ programmeId, side, onClose }: SideModalProps) {
  const { t, i18n } = useTranslation('programmes');
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const reload = useReloadProgramme();
  const [failure, setFailure] = useState<unknown>(null);
  const refetch = { refetchQueries: ['Programme'], awaitRefetchQueries: true };
  const [addSide, added] = useMutation(AddProgrammeSideMutation, refetch);
  const [updateSide, updated] = useMutation(UpdateProgrammeSideMutation, refetch);
  const form = useAppForm<SideValues>({
    initialValues: { name: side?.name ?? '', country: side?.country ?? null },
    validate: { name: sideNameRule, country: required },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    const input = { name: values.name.trim(), country: values.country ?? '' };
    try {
      if (side) await updateSide({ variables: { id: side.id, input } });
      else await addSide({ variables: { programmeId, input } });
      onClose();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={side ? t('sides.editTitle', { name: side.name }) : t('sides.addTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={() => void reload()}
      submitLabel={side ? t('common.save') : t('sides.add')}
      submitting={added.loading || updated.loading}
    >
      <TextInput
        label={t('sides.name')}
        maxLength={NAME_MAX}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <LargeSelect
        label={t('sides.country')}
        description={side ? t('sides.countryHint') : undefined}
        data={countries}
        required
        allowDeselect={false}
        nothingFoundMessage={t('create.noCountry')}
        {...form.getInputProps('country')}
      />
    </FormModal>
  );
}
