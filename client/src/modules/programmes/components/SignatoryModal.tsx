import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { ErrorCode, PERSON_MAX, TITLE_MAX } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { applyServerFieldErrors, useAppForm } from '../../../ui/forms';
import { maxLength, required, rules } from '../../../ui/validation';
import { OrganisationSelect } from '../../organisations/components/OrganisationSelect';
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
  const { t } = useTranslation('programme');
  const [failure, setFailure] = useState<unknown>(null);
  const [addSignatory, { loading }] = useMutation(AddSignatoryMutation, {
    refetchQueries: ['Programme'],
    awaitRefetchQueries: true,
  });
  const form = useAppForm<SignatoryValues>({
    initialValues: { person: '', position: '', organisationId: null, signedOn: '' },
    validate: {
      person: rules(required, maxLength(PERSON_MAX)),
      position: maxLength(TITLE_MAX),
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
      if (errorCodeOf(error) === ErrorCode.BAD_USER_INPUT && applyServerFieldErrors(form, error)) {
        return;
      }
      setFailure(error);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('signatories.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close', { ns: 'translation' }) }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {failure ? <ErrorAlert error={failure} /> : null}
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
            label={t('signatories.signedOn')}
            {...form.getInputProps('signedOn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel', { ns: 'translation' })}
            </Button>
            <Button type="submit" loading={loading}>
              {t('signatories.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
