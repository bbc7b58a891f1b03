import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { NARRATIVE_MAX } from '@spilno/shared';
import { print } from 'graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ProgressReportFieldsFragment } from '../../../generated/graphql';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { firstFieldMessage } from '../../../ui/errors';
import { newIdempotencyKey, shouldQueue, useQueueWrite } from '../../outbox/public';
import { SubmitProgressReportMutation, UpdateProgressReportMutation } from '../graphql/reports';
import { narrativeError } from '../reportForm';

type Report = Pick<
  ProgressReportFieldsFragment,
  'id' | 'version' | 'narrative' | 'periodStart' | 'periodEnd' | 'canEdit'
>;

export interface ReportNarrativeProps {
  report: Report;
  onNotice: (notice: string) => void;
  onReload: () => void;
}

const REFETCH = ['ReportingStatus', 'ProgressReports'];

/**
 * The partner's own words: edited and saved as a draft while the report may be edited, then
 * submitted (unsaved changes are saved first); read-only otherwise.
 */
export function ReportNarrative({ report, onNotice, onReload }: ReportNarrativeProps) {
  const { t } = useTranslation('progress-reports');
  const { t: tc } = useTranslation();
  const [text, setText] = useState(report.narrative);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [update, updating] = useMutation(UpdateProgressReportMutation, {
    refetchQueries: REFETCH,
  });
  const [submit, submitting] = useMutation(SubmitProgressReportMutation, {
    refetchQueries: REFETCH,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const queueWrite = useQueueWrite();
  const { pathname } = useLocation();
  const dirty = text !== report.narrative;

  if (!report.canEdit) {
    return (
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('page.narrative')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {report.narrative || t('page.noNarrative')}
        </Text>
      </Stack>
    );
  }

  const check = (toSubmit: boolean): boolean => {
    const message = narrativeError(text, toSubmit);
    setProblem(message ? tc(`fieldMessages.${message}`) : null);
    return message === null;
  };

  /** Saves the text; answers the version to submit, or null when saving failed. */
  const draft = () => ({
    id: report.id,
    version: report.version,
    input: { periodStart: report.periodStart, periodEnd: report.periodEnd, narrative: text },
  });

  const save = async (idempotencyKey?: string): Promise<number | null> => {
    if (!dirty) return report.version;
    const result = await update({ variables: { ...draft(), idempotencyKey } });
    return result.data?.updateProgressReport.version ?? null;
  };

  const handleSave = async () => {
    setFailure(null);
    if (!check(false)) return;
    // Kept with a queued copy: the answer lost may be of a draft that was saved.
    const idempotencyKey = newIdempotencyKey();
    try {
      await save(idempotencyKey);
      onNotice(t('page.saved'));
    } catch (error) {
      if (!shouldQueue(error)) {
        setFailure(error);
        return;
      }
      const title = `${report.periodStart} – ${report.periodEnd}`;
      await queueWrite({
        key: idempotencyKey,
        kind: 'report',
        title,
        path: pathname,
        operation: print(UpdateProgressReportMutation),
        variables: draft(),
      });
      onNotice(tc('outbox.queuedBody', { title }));
    }
  };

  const handleSubmit = async () => {
    setFailure(null);
    try {
      const version = await save();
      if (version === null) return;
      await submit({ variables: { id: report.id, version } });
      setConfirming(false);
      onNotice(t('page.submittedNotice'));
    } catch (error) {
      setConfirming(false);
      const message = firstFieldMessage(error);
      if (message === 'required') setProblem(tc('fieldMessages.required'));
      else setFailure(error);
    }
  };

  return (
    <Stack gap="sm">
      {failure ? <ErrorAlert error={failure} onReload={onReload} /> : null}
      <Textarea
        label={t('page.narrative')}
        labelProps={{ fz: 'lg', fw: 700 }}
        description={t('page.narrativeHint')}
        autosize
        minRows={6}
        maxLength={NARRATIVE_MAX}
        value={text}
        error={problem}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Group gap="sm">
        <Button
          variant="default"
          loading={updating.loading && !confirming}
          disabled={!dirty}
          onClick={() => void handleSave()}
        >
          {t('page.save')}
        </Button>
        <Button
          onClick={() => {
            if (check(true)) setConfirming(true);
          }}
        >
          {t('page.submit')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('page.submitTitle')}
        body={t('page.submitBody')}
        confirmLabel={t('page.submitConfirm')}
        busy={updating.loading || submitting.loading}
        onConfirm={() => void handleSubmit()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
