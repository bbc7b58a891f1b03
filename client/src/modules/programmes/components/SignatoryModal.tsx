import { useMutation } from '@apollo/client/react';
import { SimpleGrid, TextInput } from '@mantine/core';
import { localToday, PERSON_MAX, TITLE_MAX } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { maxLength, pastDateError, required, rules } from '../../../ui/validation';
import { OrganisationSelect } from '../../organisations/public';
import { AddSignatoryMutation } from '../graphql/team';

export interface SignatoryModalProps {
  programmeId: string;
  onClose: () => void;
}

interface SignatoryValues extends Record<string, unknown> {
  person: string;
  position: string;
  organisationId: string | null;
  signedOn: string;
}

/** Records who signed the programme, for which organisation and when. */
export function SignatoryModal({ programmeId, onClose }: SignatoryModalProps) {
  const { t } = useTranslation('programmes');
  const [failure, setFailure] = useState<unknown>(null);
  const [addSignatory, { loading }] = useMutation(AddSignatoryMutation, {
    refetchQueries: ['Programme'],
    awaitRefetchQueries: true,
  });
  // A signature is dated no later than today; the server also keeps it within the programme.
  const [today] = useState(localToday);
  const form = useAppForm<SignatoryValues>({
    initialValues: { person: '', position: '', organisationId: null, signedOn: '' },
    validate: {
      person: rules(required, maxLength(PERSON_MAX)),
      position: maxLength(TITLE_MAX),
      signedOn: (value) => (value === '' ? null : pastDateError(value, today)),
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await addSignatory({
        variables: {
          programmeId,
          input: {
            person: values.person.trim(),
            position: values.position.trim() || null,
            organisationId: values.organisationId,
            signedOn: values.signedOn || null,
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
      title={t('signatories.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      submitLabel={t('signatories.add')}
      submitting={loading}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('signatories.person')}
          maxLength={PERSON_MAX}
          required
          data-autofocus
          {...form.getInputProps('person')}
        />
        <TextInput
          label={t('signatories.position')}
          maxLength={TITLE_MAX}
          {...form.getInputProps('position')}
        />
      </SimpleGrid>
      <OrganisationSelect
        label={t('signatories.organisation')}
        placeholder={t('common.searchOrganisation')}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        {...form.getInputProps('organisationId')}
      />
      <TextInput
        type="date"
        max={today}
        label={t('signatories.signedOn')}
        {...form.getInputProps('signedOn')}
      />
    </FormModal>
  );
}
