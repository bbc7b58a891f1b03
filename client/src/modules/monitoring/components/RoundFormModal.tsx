import { useMutation } from '@apollo/client/react';
import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundSummaryFragment } from '../../../generated/graphql';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { OpenMonitoringRoundMutation } from '../graphql/monitoring';
import { roundFormErrors, toRoundInput, type RoundFormValues } from '../roundForm';

export interface RoundFormModalProps {
  programmeId: string;
  onClose: () => void;
  onOpened: (round: RoundSummaryFragment) => void;
}

/** A coordinator opens a round: a title, the period asked about, and questions, one a line. */
export function RoundFormModal({ programmeId, onClose, onOpened }: RoundFormModalProps) {
  const { t } = useTranslation('monitoring');
  const phone = useMediaQuery('(max-width: 36em)');
  const [failure, setFailure] = useState<unknown>(null);
  const [openRound, opening] = useMutation(OpenMonitoringRoundMutation, {
    refetchQueries: ['MonitoringRounds'],
  });
  const form = useAppForm<RoundFormValues>({
    initialValues: { title: '', periodStart: '', periodEnd: '', prompts: '' },
    validate: roundFormErrors,
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const { data } = await openRound({
        variables: { programmeId, input: toRoundInput(values) },
      });
      if (data) onOpened(data.openMonitoringRound);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={t('roundForm.title')}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      size="lg"
      fullScreen={phone}
      submitLabel={t('roundForm.open')}
      submitting={opening.loading}
    >
      <TextInput label={t('roundForm.name')} withAsterisk {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          type="date"
          label={t('roundForm.periodStart')}
          withAsterisk
          {...form.getInputProps('periodStart')}
        />
        <TextInput
          type="date"
          label={t('roundForm.periodEnd')}
          withAsterisk
          {...form.getInputProps('periodEnd')}
        />
      </SimpleGrid>
      <Textarea
        label={t('roundForm.prompts')}
        description={t('roundForm.promptsHint')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('prompts')}
      />
    </FormModal>
  );
}
