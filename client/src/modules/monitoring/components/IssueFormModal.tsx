import { useMutation, useQuery } from '@apollo/client/react';
import {
  Input,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IssueCategory, IssueKind, IssueSeverity } from '@spilno/shared';
import { print } from 'graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetailsFragment } from '../../../generated/graphql';
import { programmePath } from '../../../app/paths';
import { enumOptions, parseEnum, type EnumValue } from '../../../ui/enums';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { organisationName } from '../../organisations/public';
import { newIdempotencyKey, QueuedNotice, shouldQueue, useQueueWrite } from '../../outbox/public';
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
  const [queuedTitle, setQueuedTitle] = useState<string | null>(null);
  const queueWrite = useQueueWrite();
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
    const programmeId = context.programme.id;
    const raised = {
      programmeId,
      input: toIssueInput(values, mode.kind === 'raise' ? (mode.roundId ?? null) : null),
    };
    // Kept with a queued copy: the answer lost may be of an issue that was raised.
    const idempotencyKey = newIdempotencyKey();
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
          : (await raiseIssue({ variables: { ...raised, idempotencyKey } })).data?.raiseIssue;
      if (saved) onSaved(saved);
    } catch (error) {
      if (mode.kind === 'raise' && shouldQueue(error)) {
        await queueWrite({
          key: idempotencyKey,
          kind: 'issue',
          title: raised.input.title,
          path: programmePath(programmeId, 'monitoring'),
          operation: print(RaiseIssueMutation),
          variables: raised,
        });
        setQueuedTitle(raised.input.title);
        return;
      }
      setFailure(formFailureOf(form, error));
    }
  });

  if (queuedTitle !== null) {
    return (
      <Modal opened onClose={onClose} title={t('form.raiseTitle')} fullScreen={phone}>
        <QueuedNotice title={queuedTitle} onClose={onClose} />
      </Modal>
    );
  }

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
