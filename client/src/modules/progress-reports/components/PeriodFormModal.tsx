import { useMutation } from '@apollo/client/react';
import { SimpleGrid, TextInput } from '@mantine/core';
import { addDays } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { FormModal } from '../../../ui/FormModal';
import { CreateReportingPeriodMutation, UpdateReportingPeriodMutation } from '../graphql/reports';
import { periodFormErrors, type PeriodFormValues } from '../reportForm';
import type { GridPeriod } from '../reportGrid';

export type PeriodFormMode =
  { kind: 'create'; programmeId: string; startsOn: string } | { kind: 'edit'; period: GridPeriod };

export interface PeriodFormModalProps {
  mode: PeriodFormMode;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}

const REFETCH = ['ReportingStatus'];

/** Adds or changes a reporting period; a new one is due a month after it ends by default. */
export function PeriodFormModal({ mode, onClose, onSaved, onReload }: PeriodFormModalProps) {
  const { t } = useTranslation('progress-reports');
  const [failure, setFailure] = useState<unknown>(null);
  const [create, creating] = useMutation(CreateReportingPeriodMutation, {
    refetchQueries: REFETCH,
  });
  const [update, updating] = useMutation(UpdateReportingPeriodMutation, {
    refetchQueries: REFETCH,
  });
  const form = useAppForm<PeriodFormValues>({
    initialValues:
      mode.kind === 'edit'
        ? {
            startsOn: mode.period.startsOn,
            endsOn: mode.period.endsOn,
            dueOn: mode.period.dueOn,
          }
        : { startsOn: mode.startsOn, endsOn: '', dueOn: '' },
    validate: periodFormErrors,
  });

  const handleSubmit = form.onSubmit(async (input) => {
    setFailure(null);
    try {
      if (mode.kind === 'edit') {
        await update({ variables: { id: mode.period.id, version: mode.period.version, input } });
      } else {
        await create({ variables: { programmeId: mode.programmeId, input } });
      }
      onSaved();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  const endsOn = form.getInputProps('endsOn');
  return (
    <FormModal
      title={mode.kind === 'edit' ? t('periods.editTitle') : t('periods.addTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={onReload}
      submitLabel={mode.kind === 'edit' ? t('periods.save') : t('periods.create')}
      submitting={creating.loading || updating.loading}
    >
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <TextInput
          type="date"
          label={t('periods.startsOn')}
          withAsterisk
          {...form.getInputProps('startsOn')}
        />
        <TextInput
          type="date"
          label={t('periods.endsOn')}
          withAsterisk
          {...endsOn}
          onChange={(event) => {
            const value = event.currentTarget.value;
            form.setFieldValue('endsOn', value);
            // The usual grace of a month, until the coordinator picks another date.
            if (value && !form.isDirty('dueOn')) form.setFieldValue('dueOn', addDays(value, 30));
          }}
        />
        <TextInput
          type="date"
          label={t('periods.dueOnLabel')}
          withAsterisk
          {...form.getInputProps('dueOn')}
        />
      </SimpleGrid>
    </FormModal>
  );
}
