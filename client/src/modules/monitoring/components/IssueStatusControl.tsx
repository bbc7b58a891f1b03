import { useMutation } from '@apollo/client/react';
import { Button, Group, Textarea } from '@mantine/core';
import {
  COMMENT_MAX,
  DESCRIPTION_MAX,
  FieldMessage,
  needsResolution,
  type IssueStatus,
} from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetailsFragment } from '../../../generated/graphql';
import type { EnumValue } from '../../../ui/enums';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import type { FormMessage } from '../../../ui/validation';
import { ChangeIssueStatusMutation } from '../graphql/monitoring';

export interface IssueStatusControlProps {
  issue: IssueDetailsFragment;
  onMoved: (status: EnumValue<IssueStatus>) => void;
  onReload: () => void;
}

interface MoveValues extends Record<string, unknown> {
  comment: string;
  resolution: string;
}

/** Checks a move before sending: closing needs a resolution; both texts have limits. */
export function moveErrors(
  values: MoveValues,
  to: EnumValue<IssueStatus>,
): Partial<Record<keyof MoveValues, FormMessage>> {
  const errors: Partial<Record<keyof MoveValues, FormMessage>> = {};
  if (values.comment.length > COMMENT_MAX) errors.comment = FieldMessage.TOO_LONG;
  if (needsResolution(to as IssueStatus) && values.resolution.trim() === '')
    errors.resolution = FieldMessage.REQUIRED;
  else if (values.resolution.length > DESCRIPTION_MAX) errors.resolution = FieldMessage.TOO_LONG;
  return errors;
}

function MoveModal({
  issue,
  to,
  onClose,
  onMoved,
  onReload,
}: {
  issue: IssueDetailsFragment;
  to: EnumValue<IssueStatus>;
  onClose: () => void;
  onMoved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const [failure, setFailure] = useState<unknown>(null);
  const [changeStatus, changing] = useMutation(ChangeIssueStatusMutation, {
    // The thread too: a move with a comment adds to it.
    refetchQueries: ['MonitoringIssues', 'MonitoringIssue'],
  });
  const closing = needsResolution(to as IssueStatus);
  const form = useAppForm<MoveValues>({
    initialValues: { comment: '', resolution: '' },
    validate: (values) => moveErrors(values, to),
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await changeStatus({
        variables: {
          id: issue.id,
          version: issue.version,
          status: to,
          comment: values.comment.trim() || null,
          resolution: closing ? values.resolution.trim() : null,
        },
      });
      onMoved();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={t(`transition.${to}`)}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={onReload}
      submitLabel={t(`transition.${to}`)}
      submitting={changing.loading}
    >
      {closing ? (
        <Textarea
          label={to === 'RESOLVED' ? t('move.resolution') : t('move.dismissal')}
          withAsterisk
          autosize
          minRows={3}
          {...form.getInputProps('resolution')}
        />
      ) : null}
      <Textarea
        label={t('move.comment')}
        description={t('move.commentHint')}
        autosize
        minRows={2}
        {...form.getInputProps('comment')}
      />
    </FormModal>
  );
}

/** The moves the server lets the reader make from the issue's status (its `viewerCan`). */
export function IssueStatusControl({ issue, onMoved, onReload }: IssueStatusControlProps) {
  const { t } = useTranslation('monitoring');
  const [target, setTarget] = useState<EnumValue<IssueStatus> | null>(null);
  const moves = issue.viewerCan.statuses;
  if (moves.length === 0) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('move.label')}>
        {moves.map((status) => (
          <Button
            key={status}
            variant={
              needsResolution(status as IssueStatus) || status === 'OPEN' ? 'default' : 'filled'
            }
            onClick={() => setTarget(status)}
          >
            {t(`transition.${status}`)}
          </Button>
        ))}
      </Group>
      {target ? (
        <MoveModal
          issue={issue}
          to={target}
          onClose={() => setTarget(null)}
          onReload={() => {
            setTarget(null);
            onReload();
          }}
          onMoved={() => {
            setTarget(null);
            onMoved(target);
          }}
        />
      ) : null}
    </>
  );
}
