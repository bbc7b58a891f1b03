import { useMutation } from '@apollo/client/react';
import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { DECLARED_COUNT_MAX, DECLARED_SOURCE_MAX, FieldMessage, todayIso } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { maxLength, required, rules } from '../../../ui/validation';
import { DeclareMembersMutation } from '../graphql/organisations';
import { optionalNumber, wholeNumber } from '../numberFields';

export interface DeclareMembersModalProps {
  associationId: string;
  onClose: () => void;
}

interface DeclareValues extends Record<string, unknown> {
  asOf: string;
  count: number | string;
  eligibleCount: number | string;
  statedPercent: number | string;
  source: string;
}

/** Records a member count the association declared, as of a day that has come. */
export function DeclareMembersModal({ associationId, onClose }: DeclareMembersModalProps) {
  const { t } = useTranslation('organisations');
  const [failure, setFailure] = useState<unknown>(null);
  const [declare, { loading }] = useMutation(DeclareMembersMutation, {
    refetchQueries: ['Organisation'],
    awaitRefetchQueries: true,
  });
  const form = useAppForm<DeclareValues>({
    initialValues: {
      asOf: todayIso(),
      count: '',
      eligibleCount: '',
      statedPercent: '',
      source: '',
    },
    validate: {
      asOf: (value) => required(value) ?? (value > todayIso() ? FieldMessage.OUT_OF_RANGE : null),
      count: (value) =>
        value === '' ? FieldMessage.REQUIRED : wholeNumber(0, DECLARED_COUNT_MAX)(value),
      eligibleCount: (value, values) =>
        wholeNumber(1, DECLARED_COUNT_MAX)(value) ??
        (value !== '' && values.count !== '' && Number(value) < Number(values.count)
          ? FieldMessage.OUT_OF_RANGE
          : null),
      statedPercent: (value) =>
        value !== '' && (Number(value) < 0 || Number(value) > 100)
          ? FieldMessage.OUT_OF_RANGE
          : null,
      source: rules(maxLength(DECLARED_SOURCE_MAX)),
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await declare({
        variables: {
          associationId,
          input: {
            asOf: values.asOf,
            count: Number(values.count),
            eligibleCount: optionalNumber(values.eligibleCount),
            statedPercent: optionalNumber(values.statedPercent),
            source: values.source.trim() || null,
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
      title={t('declared.addTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      submitLabel={t('declared.add')}
      submitting={loading}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('declared.asOf')}
          max={todayIso()}
          required
          data-autofocus
          {...form.getInputProps('asOf')}
        />
        <NumberInput
          label={t('declared.count')}
          min={0}
          max={DECLARED_COUNT_MAX}
          allowDecimal={false}
          allowNegative={false}
          required
          {...form.getInputProps('count')}
        />
        <NumberInput
          label={t('declared.eligibleCount')}
          description={t('declared.eligibleHint')}
          min={1}
          max={DECLARED_COUNT_MAX}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('eligibleCount')}
        />
        <NumberInput
          label={t('declared.statedPercent')}
          description={t('declared.statedHint')}
          min={0}
          max={100}
          decimalScale={1}
          allowNegative={false}
          {...form.getInputProps('statedPercent')}
        />
      </SimpleGrid>
      <TextInput
        label={t('declared.source')}
        maxLength={DECLARED_SOURCE_MAX}
        {...form.getInputProps('source')}
      />
    </FormModal>
  );
}
