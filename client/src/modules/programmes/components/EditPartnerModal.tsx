import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { PartnerRole } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { enumOptions, type EnumValue } from '../../../ui/enums';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { useFormat } from '../../../ui/useFormat';
import { required } from '../../../ui/validation';
import { organisationName } from '../../organisations/public';
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
  const { t: tp } = useTranslation('programmes');
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
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={tp('partners.editTitle', { name })}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={() => void reload().then(onClose)}
      submitLabel={tp('common.save')}
      submitting={loading}
    >
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
    </FormModal>
  );
}
