import { useMutation } from '@apollo/client/react';
import { Select, Text } from '@mantine/core';
import { PartnerRole } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { enumOptions, type EnumValue } from '../../../ui/enums';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { useFormat } from '../../../ui/useFormat';
import { required } from '../../../ui/validation';
import { OrganisationSelect, type OrganisationOption } from '../../organisations/public';
import { AddPartnerMutation } from '../graphql/team';

const ROLES = Object.values(PartnerRole);

export interface AddPartnerModalProps {
  programme: ProgrammeDetailFieldsFragment;
  onClose: () => void;
}

interface AddPartnerValues extends Record<string, unknown> {
  organisationId: string | null;
  sideId: string | null;
  role: EnumValue<PartnerRole> | null;
}

/** Adds an organisation on the side of its own country. */
export function AddPartnerModal({ programme, onClose }: AddPartnerModalProps) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programmes');
  const format = useFormat();
  const [organisation, setOrganisation] = useState<OrganisationOption | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [addPartner, { loading }] = useMutation(AddPartnerMutation, {
    refetchQueries: ['Programme'],
    awaitRefetchQueries: true,
  });
  const form = useAppForm<AddPartnerValues>({
    initialValues: { organisationId: null, sideId: null, role: PartnerRole.PARTNER },
    validate: { organisationId: required, sideId: required, role: required },
  });
  const taking = useMemo(
    () => new Set(programme.partners.map((partner) => partner.organisation.id)),
    [programme.partners],
  );
  // A partner sits on the side of its own country, so only those sides are offered.
  const sides = organisation
    ? programme.sides.filter((side) => side.country === organisation.country)
    : [];

  const handleOrganisation = (chosen: OrganisationOption | null) => {
    setOrganisation(chosen);
    const matching = chosen
      ? programme.sides.filter((side) => side.country === chosen.country)
      : [];
    form.setFieldValue('sideId', matching.length === 1 ? (matching[0]?.id ?? null) : null);
  };

  const handleSubmit = form.onSubmit(async (values) => {
    if (!values.organisationId || !values.sideId || !values.role) return;
    setFailure(null);
    try {
      await addPartner({
        variables: {
          programmeId: programme.id,
          organisationId: values.organisationId,
          sideId: values.sideId,
          role: values.role,
        },
      });
      onClose();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={tp('partners.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      submitLabel={tp('partners.add')}
      submitting={loading}
      submitDisabled={organisation !== null && sides.length === 0}
    >
      <OrganisationSelect
        label={tp('partners.organisation')}
        placeholder={tp('common.searchOrganisation')}
        required
        withAsterisk={false}
        data-autofocus
        disabledIds={taking}
        onOrganisationChange={handleOrganisation}
        {...form.getInputProps('organisationId')}
      />
      <Select
        label={tp('partners.side')}
        description={
          organisation
            ? tp('partners.sideHint', { country: format.country(organisation.country) })
            : tp('partners.sideFirst')
        }
        data={sides.map((side) => ({
          value: side.id,
          label: t('programmes.sideValue', {
            name: side.name,
            country: format.country(side.country),
          }),
        }))}
        disabled={sides.length === 0}
        required
        allowDeselect={false}
        {...form.getInputProps('sideId')}
      />
      {organisation && sides.length === 0 ? (
        <Text size="sm" c="red" role="alert">
          {tp('partners.noSideForCountry', { country: format.country(organisation.country) })}
        </Text>
      ) : null}
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
