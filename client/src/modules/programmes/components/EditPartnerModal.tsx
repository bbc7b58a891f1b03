import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { ErrorCode, PartnerRole } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { enumOptions, type EnumValue } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { applyServerFieldErrors, useAppForm } from '../../../ui/forms';
import { useFormat } from '../../../ui/useFormat';
import { required } from '../../../ui/validation';
import { organisationName } from '../../organisations/organisationName';
import { UpdatePartnerMutation } from '../graphql/team';
import { useReloadProgramme } from '../hooks/useReloadProgramme';

const ROLES = Object.values(PartnerRole);

type Partner = ProgrammeDetailFieldsFragment['partners'][number];

export interface EditPartnerModalProps {
  programme: ProgrammeDetailFieldsFragment;
  partner: Partner;
  onClose: () => void;
}

interface EditPartnerValues extends Record<string, unknown> {
  sideId: string | null;
  role: EnumValue<PartnerRole> | null;
}

/** Changes a partner's role, or moves it to another side of the same country. */
export function EditPartnerModal({ programme, partner, onClose }: EditPartnerModalProps) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programme');
  const format = useFormat();
  const reload = useReloadProgramme();
  const [failure, setFailure] = useState<unknown>(null);
  const [updatePartner, { loading }] = useMutation(UpdatePartnerMutation, {
    refetchQueries: ['Programme'],
    awaitRefetchQueries: true,
  });
  const form = useAppForm<EditPartnerValues>({
    initialValues: { sideId: partner.side.id, role: partner.role },
    validate: { sideId: required, role: required },
  });
  const sides = programme.sides.filter((side) => side.country === partner.organisation.country);
  const name = organisationName(partner.organisation, format.locale);

  const handleSubmit = form.onSubmit(async (values) => {
    if (!values.sideId || !values.role) return;
    setFailure(null);
    try {
      await updatePartner({
        variables: {
          id: partner.id,
          version: partner.version,
          input: { sideId: values.sideId, role: values.role },
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
      title={tp('partners.editTitle', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {failure ? (
            <ErrorAlert error={failure} onReload={() => void reload().then(onClose)} />
          ) : null}
          <Select
            label={tp('partners.side')}
            description={tp('partners.sideHint', {
              country: format.country(partner.organisation.country),
            })}
            data={sides.map((side) => ({
              value: side.id,
              label: t('programmes.sideValue', {
                name: side.name,
                country: format.country(side.country),
              }),
            }))}
            required
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('sideId')}
          />
          <Select
            label={tp('partners.role')}
            data={enumOptions(ROLES, (value) => t(`enums.PartnerRole.${value}`))}
            required
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {tp('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
