import { useMutation, useQuery } from '@apollo/client/react';
import { Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  DESCRIPTION_MAX,
  localToday,
  NOTE_MAX,
  TWINNING_AREA_MAX,
  TWINNING_AREAS_MAX,
  TwinningKind,
} from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwinningDetailsFragment } from '../../../generated/graphql';
import { enumOptions } from '../../../ui/enums';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { FormModal } from '../../../ui/FormModal';
import { useFormat } from '../../../ui/useFormat';
import type { CurrentUser } from '../../auth/public';
import { OrganisationSelect, type OrganisationOption } from '../../organisations/public';
import { organisationName } from '../../organisations/public';
import {
  CreateTwinningMutation,
  TwinningAreasQuery,
  TwinningProgrammesQuery,
  UpdateTwinningMutation,
} from '../graphql/twinning';
import {
  emptyTwinningForm,
  relationToForm,
  toDetailsInput,
  toTwinningInput,
  twinningFormErrors,
  type TwinningFormValues,
} from '../twinningForm';
import { TWINNING_STATUSES } from '../twinningStatus';
import { ContactsFields } from './ContactsFields';

export type TwinningFormMode =
  | { kind: 'create'; programmeId?: string | null }
  | { kind: 'edit'; relation: TwinningDetailsFragment };

export interface TwinningFormModalProps {
  user: CurrentUser;
  mode: TwinningFormMode;
  onClose: () => void;
  onSaved: (relation: TwinningDetailsFragment) => void;
  onReload?: () => void;
}

const REFETCH = ['TwinningRelations', 'TwinningAreas'];

/**
 * Proposing (for one's own organisation) or recording (any pair, in any status: the user's
 * `viewerCan.createTwinning`) a relation; editing keeps the pair and leaves the status to the
 * status change.
 */
export function TwinningFormModal({
  user,
  mode,
  onClose,
  onSaved,
  onReload,
}: TwinningFormModalProps) {
  const { t } = useTranslation('twinning');
  const format = useFormat();
  const phone = useMediaQuery('(max-width: 36em)');
  const [failure, setFailure] = useState<unknown>(null);
  const [create, creating] = useMutation(CreateTwinningMutation, { refetchQueries: REFETCH });
  const [update, updating] = useMutation(UpdateTwinningMutation, { refetchQueries: REFETCH });
  const programmes = useQuery(TwinningProgrammesQuery);
  const areas = useQuery(TwinningAreasQuery);
  // Whoever may not record any pair proposes for their own organisation, as a proposal.
  const recording = user.viewerCan.createTwinning;
  const proposing = !recording;
  const editing = mode.kind === 'edit';
  // The latest day a relation can date from, fixed while the form is open.
  const [today] = useState(localToday);
  const [parties, setParties] = useState<{
    a: OrganisationOption | null;
    b: OrganisationOption | null;
  }>(
    editing
      ? { a: mode.relation.organisationA, b: mode.relation.organisationB }
      : { a: proposing ? user.organisation : null, b: null },
  );

  const form = useAppForm<TwinningFormValues>({
    initialValues: editing
      ? relationToForm(mode.relation)
      : emptyTwinningForm({
          organisationAId: proposing ? (user.organisation?.id ?? null) : null,
          programmeId: mode.programmeId,
        }),
    validate: (values) => twinningFormErrors(values, today),
  });

  // The programmes a relation may name, as the server says for each one.
  const programmeOptions = useMemo(
    () =>
      (programmes.data?.programmes ?? [])
        .filter((p) => p.viewerCan.proposeTwinning)
        .map((p) => ({ value: p.id, label: `${p.code} — ${p.title}` })),
    [programmes.data],
  );
  const partyOptions = [parties.a, parties.b]
    .filter((o): o is OrganisationOption => o !== null)
    .map((o) => ({ value: o.id, label: organisationName(o, format.locale) }));

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const saved =
        mode.kind === 'edit'
          ? (
              await update({
                variables: {
                  id: mode.relation.id,
                  version: mode.relation.version,
                  input: toDetailsInput(values),
                },
              })
            ).data?.updateTwinningRelation
          : (await create({ variables: { input: toTwinningInput(values, recording) } })).data
              ?.createTwinningRelation;
      if (saved) onSaved(saved);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={
        editing ? t('form.editTitle') : proposing ? t('form.proposeTitle') : t('form.createTitle')
      }
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={onReload}
      size="xl"
      fullScreen={phone}
      submitLabel={editing ? t('form.save') : proposing ? t('form.propose') : t('form.create')}
      submitting={creating.loading || updating.loading}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OrganisationSelect
          label={t('form.organisationA')}
          description={proposing && !editing ? t('form.ownOrganisation') : undefined}
          withAsterisk
          disabled={editing || proposing}
          selected={parties.a}
          onOrganisationChange={(a) => setParties((p) => ({ ...p, a }))}
          {...form.getInputProps('organisationAId')}
        />
        <OrganisationSelect
          label={t('form.organisationB')}
          withAsterisk
          disabled={editing}
          selected={parties.b}
          disabledIds={new Set(parties.a ? [parties.a.id] : [])}
          onOrganisationChange={(b) => setParties((p) => ({ ...p, b }))}
          {...form.getInputProps('organisationBId')}
        />
        <Select
          label={t('form.kind')}
          withAsterisk
          allowDeselect={false}
          data={enumOptions(Object.values(TwinningKind), (k) => t(`enums.TwinningKind.${k}`))}
          {...form.getInputProps('kind')}
        />
        {!editing && recording ? (
          <Select
            label={t('form.status')}
            allowDeselect={false}
            data={enumOptions(TWINNING_STATUSES, (s) => t(`enums.TwinningStatus.${s}`))}
            {...form.getInputProps('status')}
          />
        ) : null}
        <TextInput
          type="date"
          max={today}
          label={t('form.since')}
          description={editing ? undefined : t('form.sinceHint')}
          {...form.getInputProps('since')}
        />
        <Select
          label={t('form.programme')}
          placeholder={t('form.noProgramme')}
          data={programmeOptions}
          clearable
          searchable
          disabled={editing && !mode.relation.viewerCan.moveProgramme}
          {...form.getInputProps('programmeId')}
        />
      </SimpleGrid>
      <TagsInput
        label={t('form.areas')}
        description={t('form.areasHint', { max: TWINNING_AREAS_MAX })}
        data={areas.data?.twinningAreas ?? []}
        maxTags={TWINNING_AREAS_MAX}
        maxLength={TWINNING_AREA_MAX}
        splitChars={[',', ';']}
        clearable
        {...form.getInputProps('areas')}
      />
      <Textarea
        label={t('form.description')}
        rows={3}
        maxLength={DESCRIPTION_MAX}
        {...form.getInputProps('description')}
      />
      <ContactsFields form={form} parties={partyOptions} />
      {editing ? null : (
        <Textarea
          label={t('form.note')}
          description={t('form.noteHint')}
          rows={3}
          maxLength={NOTE_MAX}
          {...form.getInputProps('note')}
        />
      )}
    </FormModal>
  );
}
