import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { COMMENT_MAX, FieldMessage } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetailsFragment, IssueThreadFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { useFormat } from '../../../ui/useFormat';
import { CommentOnIssueMutation } from '../graphql/monitoring';

export interface IssueThreadProps {
  issueId: string;
  /** The latest comments, oldest first. */
  comments: readonly IssueThreadFragment['comments'][number][];
  /** Whether earlier comments than these exist. */
  earlier: boolean;
  onEarlier: () => void;
  loadingEarlier: boolean;
  canComment: boolean;
  onCommented: () => void;
}

interface CommentValues extends Record<string, unknown> {
  text: string;
}

/** The discussion of an issue, oldest first, and a box to add to it. */
export function IssueThread({
  issueId,
  comments,
  earlier,
  onEarlier,
  loadingEarlier,
  canComment,
  onCommented,
}: IssueThreadProps) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const [failure, setFailure] = useState<unknown>(null);
  const [comment, commenting] = useMutation(CommentOnIssueMutation, {
    refetchQueries: ['MonitoringIssue'],
    awaitRefetchQueries: true,
  });
  const form = useAppForm<CommentValues>({
    initialValues: { text: '' },
    validate: {
      text: (value) =>
        value.trim() === ''
          ? FieldMessage.REQUIRED
          : value.length > COMMENT_MAX
            ? FieldMessage.TOO_LONG
            : null,
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await comment({ variables: { issueId, text: values.text.trim() } });
      form.reset();
      onCommented();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="issue-thread">
      <Title order={2} size="h3" id="issue-thread">
        {t('thread.heading')}
      </Title>
      <ShowMoreButton
        more={earlier}
        onMore={onEarlier}
        label={t('thread.earlier')}
        loading={loadingEarlier}
      />
      {comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('thread.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {comments.map((entry) => (
            <Paper key={entry.id} withBorder p="sm" component="li">
              <Group gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  {entry.author?.name ?? t('thread.unknownAuthor')}
                </Text>
                <Text size="xs" c="dimmed">
                  {format.dateTime(entry.at)}
                </Text>
                {entry.movedTo ? (
                  <Badge size="sm" variant="light">
                    {t('thread.movedTo', { status: t(`enums.IssueStatus.${entry.movedTo}`) })}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {canComment ? (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="xs">
            {failure ? <ErrorAlert error={failure} /> : null}
            <Textarea
              label={t('thread.comment')}
              autosize
              minRows={2}
              {...form.getInputProps('text')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={commenting.loading}>
                {t('thread.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}

/** Every status the issue has had: who moved it and when. */
export function IssueHistory({ issue }: { issue: IssueDetailsFragment }) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  return (
    <Stack gap="sm" component="section" aria-labelledby="issue-history">
      <Title order={2} size="h3" id="issue-history">
        {t('history.heading')}
      </Title>
      <Timeline active={issue.history.length - 1} bulletSize={14} lineWidth={2}>
        {issue.history.map((change) => (
          <Timeline.Item
            key={change.id}
            title={
              change.fromStatus
                ? t('history.moved', {
                    from: t(`enums.IssueStatus.${change.fromStatus}`),
                    to: t(`enums.IssueStatus.${change.toStatus}`),
                  })
                : t('history.raised')
            }
          >
            <Text size="xs" c="dimmed">
              {t('history.byAt', {
                name: change.changedBy?.name ?? t('thread.unknownAuthor'),
                at: format.dateTime(change.at),
              })}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
