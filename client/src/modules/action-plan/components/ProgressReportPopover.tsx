import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  NumberInput,
  Popover,
  Select,
  Slider,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { NOTE_MAX, PROGRESS_MAX, PROGRESS_MIN, type ActionStatus } from '@spilno/shared';
import { print } from 'graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { enumOptions, parseEnum, type EnumValue } from '../../../ui/enums';
import { newIdempotencyKey, QueuedNotice, shouldQueue, useQueueWrite } from '../../outbox/public';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { maxLength } from '../../../ui/validation';
import { ReportActionProgressMutation } from '../graphql/actionPlan';
import { usePlanRefetch } from '../hooks/usePlanRefetch';
import type { PlanAction } from '../hooks/useActionPlan';
import { clampProgress, validateProgress } from '../progressValidation';
import { ACTION_STATUSES } from '../statusColors';
import { ErrorAlert } from '../../../ui/ErrorAlert';

export interface ProgressReportPopoverProps {
  action: Pick<PlanAction, 'id' | 'code' | 'progress' | 'status' | 'version'>;
  onSaved: (code: string) => void;
  /** Reload the plan after a CONFLICT. */
  onReload: () => void;
}

interface ReportValues extends Record<string, unknown> {
  progress: number | string;
  status: EnumValue<ActionStatus> | null;
  note: string;
}

/** A compact form beside the row: progress (slider and number), optional status, a note. */
export function ProgressReportPopover({ action, onSaved, onReload }: ProgressReportPopoverProps) {
  const { t } = useTranslation('action-plan');
  const [opened, setOpened] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [queued, setQueued] = useState(false);
  const queueWrite = useQueueWrite();
  const { pathname } = useLocation();
  const refetchQueries = usePlanRefetch();
  const [report, { loading }] = useMutation(ReportActionProgressMutation, { refetchQueries });
  const form = useAppForm<ReportValues>({
    initialValues: { progress: Math.round(action.progress), status: null, note: '' },
    validate: {
      progress: (value) => validateProgress(value),
      note: maxLength(NOTE_MAX),
    },
  });

  const handleOpen = () => {
    form.setValues({ progress: Math.round(action.progress), status: null, note: '' });
    form.clearErrors();
    setFailure(null);
    setQueued(false);
    setOpened(true);
  };

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    const variables = {
      id: action.id,
      version: action.version,
      progress: Number(values.progress),
      status: values.status,
      note: values.note.trim() || null,
    };
    // Kept with a queued copy: the answer lost may be of a report that was saved.
    const idempotencyKey = newIdempotencyKey();
    try {
      await report({ variables: { ...variables, idempotencyKey } });
      setOpened(false);
      onSaved(action.code);
    } catch (error) {
      if (shouldQueue(error)) {
        await queueWrite({
          key: idempotencyKey,
          kind: 'progress',
          title: t('report.title', { code: action.code }),
          path: pathname,
          operation: print(ReportActionProgressMutation),
          variables,
        });
        setQueued(true);
        return;
      }
      setFailure(formFailureOf(form, error));
    }
  });

  const progressValue = Number(form.values.progress);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      trapFocus
      returnFocus
      position="bottom-end"
      withArrow
      shadow="md"
      width={320}
    >
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="light"
          onClick={opened ? () => setOpened(false) : handleOpen}
          aria-label={t('report.open', { code: action.code })}
        >
          {t('report.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {queued ? (
          <QueuedNotice
            title={t('report.title', { code: action.code })}
            onClose={() => setOpened(false)}
          />
        ) : (
          <form onSubmit={handleSubmit} noValidate>
            <Stack gap="sm">
              <Text fw={600} size="sm">
                {t('report.title', { code: action.code })}
              </Text>
              {failure ? (
                <ErrorAlert
                  error={failure}
                  onReload={() => {
                    setFailure(null);
                    onReload();
                  }}
                />
              ) : null}
              <Slider
                min={PROGRESS_MIN}
                max={PROGRESS_MAX}
                step={5}
                value={Number.isFinite(progressValue) ? clampProgress(progressValue) : 0}
                onChange={(value) => form.setFieldValue('progress', value)}
                thumbLabel={t('report.slider')}
                label={(value) => `${value}%`}
              />
              <NumberInput
                label={t('report.progress')}
                min={PROGRESS_MIN}
                max={PROGRESS_MAX}
                step={1}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                data-autofocus
                {...form.getInputProps('progress')}
              />
              <Select
                label={t('report.status')}
                placeholder={t('report.statusAuto')}
                description={t('report.statusHint')}
                data={enumOptions(ACTION_STATUSES, (value) => t(`status.${value}`))}
                clearable
                clearButtonProps={{ 'aria-label': t('report.clearStatus') }}
                comboboxProps={{ withinPortal: false }}
                {...form.getInputProps('status')}
                onChange={(value) =>
                  form.setFieldValue('status', parseEnum(ACTION_STATUSES, value))
                }
              />
              <Textarea
                label={t('report.note')}
                rows={2}
                maxLength={NOTE_MAX}
                {...form.getInputProps('note')}
              />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" size="xs" onClick={() => setOpened(false)}>
                  {t('actions.cancel')}
                </Button>
                <Button type="submit" size="xs" loading={loading}>
                  {t('report.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
