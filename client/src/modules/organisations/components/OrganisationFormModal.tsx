import { useMutation } from '@apollo/client/react';
import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { OrganisationKind, POPULATION_MAX, REGION_MAX, TITLE_MAX } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetailFieldsFragment } from '../../../generated/graphql';
import { enumOptions, type EnumValue } from '../../../ui/enums';
import { FormModal } from '../../../ui/FormModal';
import { countryOptions } from '../../../ui/format';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { maxLength, required, rules } from '../../../ui/validation';
import { LargeSelect } from '../../../ui/LargeSelect';
import { CreateOrganisationMutation, UpdateOrganisationMutation } from '../graphql/organisations';
import { optionalNumber, wholeNumber } from '../numberFields';
import { OrganisationSelect } from './OrganisationSelect';

const KINDS = Object.values(OrganisationKind);

export interface OrganisationFormModalProps {
  /** The organisation to edit; a new one when absent. */
  organisation?: OrganisationDetailFieldsFragment | null;
  onClose: () => void;
  onSaved: (organisation: OrganisationDetailFieldsFragment) => void;
  /** Offered on CONFLICT. */
  onReload?: () => void;
}

interface OrganisationValues extends Record<string, unknown> {
  name: string;
  nameEn: string;
  kind: EnumValue<OrganisationKind> | null;
  country: string | null;
  region: string;
  parentId: string | null;
  population: number | string;
  councilsInRegion: number | string;
}

/** Creates or edits a directory entry; associations also carry their region's council count. */
export function OrganisationFormModal(props: OrganisationFormModalProps) {
  const { organisation } = props;
  const { t, i18n } = useTranslation('organisations');
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const [failure, setFailure] = useState<unknown>(null);
  const [create, created] = useMutation(CreateOrganisationMutation, {
    refetchQueries: ['Organisations'],
  });
  const [update, updated] = useMutation(UpdateOrganisationMutation, {
    refetchQueries: ['Organisations'],
  });
  const form = useAppForm<OrganisationValues>({
    initialValues: {
      name: organisation?.name ?? '',
      nameEn: organisation?.nameEn ?? '',
      kind: organisation?.kind ?? null,
      country: organisation?.country ?? null,
      region: organisation?.region ?? '',
      parentId: organisation?.parent?.id ?? null,
      population: organisation?.population ?? '',
      councilsInRegion: organisation?.councilsInRegion ?? '',
    },
    validate: {
      name: rules(required, maxLength(TITLE_MAX)),
      nameEn: maxLength(TITLE_MAX),
      kind: required,
      country: required,
      region: maxLength(REGION_MAX),
      population: wholeNumber(0, POPULATION_MAX),
      councilsInRegion: wholeNumber(1, POPULATION_MAX),
    },
  });
  const isAssociation = form.getValues().kind === OrganisationKind.ASSOCIATION;
  const self = useMemo(() => new Set(organisation ? [organisation.id] : []), [organisation]);

  const handleSubmit = form.onSubmit(async (values) => {
    if (!values.kind || !values.country) return;
    setFailure(null);
    const input = {
      name: values.name.trim(),
      nameEn: values.nameEn.trim() || null,
      kind: values.kind,
      country: values.country,
      region: values.region.trim() || null,
      parentId: values.parentId,
      population: optionalNumber(values.population),
      councilsInRegion:
        values.kind === OrganisationKind.ASSOCIATION
          ? optionalNumber(values.councilsInRegion)
          : null,
    };
    try {
      const saved = organisation
        ? (
            await update({
              variables: { id: organisation.id, version: organisation.version, input },
            })
          ).data?.updateOrganisation
        : (await create({ variables: { input } })).data?.createOrganisation;
      if (saved) props.onSaved(saved);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={
        organisation ? t('form.editTitle', { name: organisation.name }) : t('form.createTitle')
      }
      size="lg"
      fullScreen={fullScreen ?? false}
      onClose={props.onClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={props.onReload}
      submitLabel={organisation ? t('form.submitEdit') : t('form.submitCreate')}
      submitting={created.loading || updated.loading}
    >
      <TextInput
        label={t('form.name')}
        description={t('form.nameHint')}
        maxLength={TITLE_MAX}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('form.nameEn')}
        maxLength={TITLE_MAX}
        lang="en"
        {...form.getInputProps('nameEn')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('form.kind')}
          data={enumOptions(KINDS, (value) =>
            t(`enums.OrganisationKind.${value}`, { ns: 'translation' }),
          )}
          required
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <LargeSelect
          label={t('form.country')}
          data={countries}
          required
          allowDeselect={false}
          nothingFoundMessage={t('form.noCountry')}
          {...form.getInputProps('country')}
        />
      </SimpleGrid>
      <TextInput
        label={t('form.region')}
        maxLength={REGION_MAX}
        {...form.getInputProps('region')}
      />
      <OrganisationSelect
        label={t('form.parent')}
        description={t('form.parentHint')}
        placeholder={t('form.parentPlaceholder')}
        clearable
        clearButtonProps={{ 'aria-label': t('form.clearParent') }}
        selected={organisation?.parent ?? null}
        disabledIds={self}
        {...form.getInputProps('parentId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('form.population')}
          min={0}
          max={POPULATION_MAX}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('population')}
        />
        {isAssociation ? (
          <NumberInput
            label={t('form.councilsInRegion')}
            description={t('form.councilsHint')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('councilsInRegion')}
          />
        ) : null}
      </SimpleGrid>
    </FormModal>
  );
}
