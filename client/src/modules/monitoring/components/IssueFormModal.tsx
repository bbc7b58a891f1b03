import { useMutation, useQuery } from '@apollo/client/react';
import { Input, SegmentedControl, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IssueCategory, IssueKind, IssueSeverity } from '@spilno/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetailsFragment } from '../../../generated/graphql';
import { enumOptions, parseEnum, type EnumValue } from '../../../ui/enums';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { organisationName } from '../../organisations/public';
import { raiserChoices } from '../access';
import {
  emptyIssueForm,
  issueFormErrors,
  issueToForm,
  toIssueInput,
  type IssueFormValues,
} from '../issueForm';
import {
  MonitoringEventsQuery,
  RaiseIssueMutation,
  UpdateIssueMutation,
} from '../graphql/monitoring';
import type { MonitoringContext } from '../hooks/useMonitoringProgramme';

export type IssueFormMode =
  | { kind: 'raise'; roundId?: string | null; issueKind?: EnumValue<IssueKind> }
  | { kind: 'edit'; issue: IssueDetailsFragment };

export interface IssueFormModalProps {
  context: MonitoringContext;
  mode: IssueFormMode;
  onClose: () => void;
  onSaved: (issue: IssueDetailsFragment) => void;
  onReload?: () => void;
}

const KINDS = Object.values(IssueKind);
const REFETCH = ['MonitoringIssues', 'MonitoringRounds', 'MonitoringRound'];

/**
 * Raising is a short form that fits a phone (kind, category, severity, title, a few words);
 * coordinators also say which partner raised it. Editing corrects the same fields.
 */
export function IssueFormModal({ context, mode, onClose, onSaved, onReload }: IssueFormModalProps) {
  const { t, i18n } = useTranslation('monitoring');
  const phone = useMediaQuery('(max-width: 36em)');
  const kindLabelId = useId();
  const [failure, setFailure] = useState<unknown>(null);
  const [raiseIssue, raising] = useMutation(RaiseIssueMutation, { refetchQueries: REFETCH });
  const [updateIssue, updating] = useMutation(UpdateIssueMutation, { refetchQueries: REFETCH });
  const events = useQuery(MonitoringEventsQuery, {
    variables: { programmeId: context.programme.id },
  });
  const raisers = raiserChoices(context.access);

  const form = useAppForm<IssueFormValues>({
    initialValues:
      mode.kind === 'edit'
        ? issueToForm(mode.issue)
        : emptyIssueForm(raisers[0] ?? null, mode.issueKind),
    validate: issueFormErrors,
  });

  const raiserOptions = raisers.flatMap((organisationId) => {
    const partner = context.partnerOfOrganisation.get(organisationId);
    return partner
      ? [{ value: organisationId, label: organisationName(partner.organisation, i18n.language) }]
      : [];
  });
  const eventOptions = (events.data?.events.items ?? []).map((event) => ({
    value: event.id,
    label: event.title,
  }));

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const saved =
        mode.kind === 'edit'
          ? (
              await updateIssue({
                variables: {
                  id: mode.issue.id,
                  version: mode.issue.version,
                  input: toIssueInput(values),
                },
              })
            ).data?.updateIssue
          : (
              await raiseIssue({
                variables: {
                  programmeId: context.programme.id,
                  input: toIssueInput(values, mode.roundId ?? null),
                },
              })
            ).data?.raiseIssue;
      if (saved) onSaved(saved);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={mode.kind === 'edit' ? t('form.editTitle') : t('form.raiseTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={onReload}
      size="lg"
      fullScreen={phone}
      submitLabel={mode.kind === 'edit' ? t('form.save') : t('form.raise')}
      submitting={raising.loading || updating.loading}
    >
      <Input.Wrapper label={t('form.kind')} id={kindLabelId} withAsterisk>
        <SegmentedControl
          fullWidth
          aria-labelledby={kindLabelId}
          data={enumOptions(KINDS, (kind) => t(`enums.IssueKind.${kind}`))}
          value={form.getValues().kind}
          onChange={(value) => form.setFieldValue('kind', parseEnum(KINDS, value) ?? 'PROBLEM')}
        />
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('form.category')}
          withAsterisk
          data={enumOptions(Object.values(IssueCategory), (c) => t(`enums.IssueCategory.${c}`))}
          {...form.getInputProps('category')}
        />
        <Select
          label={t('form.severity')}
          withAsterisk
          allowDeselect={false}
          data={enumOptions(Object.values(IssueSeverity), (s) => t(`enums.IssueSeverity.${s}`))}
          {...form.getInputProps('severity')}
        />
      </SimpleGrid>
      <TextInput label={t('form.title')} withAsterisk {...form.getInputProps('title')} />
      <Textarea
        label={t('form.description')}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('description')}
      />
      {raiserOptions.length > 1 ? (
        <Select
          label={t('form.raisedBy')}
          withAsterisk
          searchable
          allowDeselect={false}
          data={raiserOptions}
          {...form.getInputProps('raisedById')}
        />
      ) : null}
      <Select
        label={t('form.event')}
        description={t('form.eventHint')}
        searchable
        clearable
        data={eventOptions}
        {...form.getInputProps('eventId')}
      />
    </FormModal>
  );
}
