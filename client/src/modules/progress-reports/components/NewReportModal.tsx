import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { FieldMessage } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { FormModal } from '../../../ui/FormModal';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { useStartReport } from '../hooks/useStartReport';
import type { GridPartner } from '../reportGrid';

interface NewReportValues extends Record<string, unknown> {
  partnerId: string | null;
  periodStart: string;
  periodEnd: string;
}

export interface NewReportModalProps {
  programmeId: string;
  /** The partners the reader may write for. */
  partners: GridPartner[];
  onClose: () => void;
}

/** A report for dates of the partner's choosing, where the programme defines no periods. */
export function NewReportModal({ programmeId, partners, onClose }: NewReportModalProps) {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  const { start, starting } = useStartReport(programmeId);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useAppForm<NewReportValues>({
    initialValues: { partnerId: partners[0]?.id ?? null, periodStart: '', periodEnd: '' },
    validate: {
      partnerId: (value) => (value ? null : FieldMessage.REQUIRED),
      periodStart: (value) => (value ? null : FieldMessage.REQUIRED),
      periodEnd: (value, values) =>
        !value
          ? FieldMessage.REQUIRED
          : values.periodStart && value < values.periodStart
            ? FieldMessage.END_BEFORE_START
            : null,
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    if (!values.partnerId) return;
    setFailure(null);
    const error = await start({
      partnerId: values.partnerId,
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
    });
    if (error) setFailure(formFailureOf(form, error));
  });

  return (
    <FormModal
      title={t('newReport.title')}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      submitLabel={t('newReport.create')}
      submitting={starting}
    >
      <Select
        label={t('newReport.partner')}
        withAsterisk
        allowDeselect={false}
        data={partners.map((partner) => ({
          value: partner.id,
          label: organisationName(partner.organisation, format.locale),
        }))}
        {...form.getInputProps('partnerId')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          type="date"
          label={t('newReport.periodStart')}
          withAsterisk
          {...form.getInputProps('periodStart')}
        />
        <TextInput
          type="date"
          label={t('newReport.periodEnd')}
          withAsterisk
          {...form.getInputProps('periodEnd')}
        />
      </SimpleGrid>
    </FormModal>
  );
}
