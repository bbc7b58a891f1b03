import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { LIST_LIMITS } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RecordUnavailable } from '../../../pages/RecordUnavailable';
import { DetailItem } from '../../../ui/DetailItem';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { useShowMore, visibleRows } from '../../../ui/useShowMore';
import { organisationName } from '../../organisations/public';
import { MonitoringIssueQuery } from '../graphql/monitoring';
import { useMonitoringProgramme } from '../hooks/useMonitoringProgramme';
import { IssueAssignee } from './IssueAssignee';
import { IssueStatusBadge, KindBadge, SeverityBadge } from './IssueBadges';
import { IssueFormModal } from './IssueFormModal';
import { IssueStatusControl } from './IssueStatusControl';
import { IssueHistory, IssueThread } from './IssueThread';
import { eventPath, programmePath, roundPath } from '../../../app/paths';

/** One issue: what was raised, by whom, where it stands, and its discussion. */
export function IssuePage() {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const { id = '', issueId = '' } = useParams();
  const programme = useMonitoringProgramme(id);
  const thread = useShowMore(LIST_LIMITS.issueComments, LIST_LIMITS.issueComments.default, issueId);
  const query = useQuery(MonitoringIssueQuery, {
    variables: { id: issueId, commentLimit: thread.limit },
  });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const context = programme.context;
  // The page stays while earlier comments load.
  const data = query.data ?? query.previousData;
  const issue = data?.monitoringIssue?.id === issueId ? data.monitoringIssue : null;

  if ((query.loading && !issue) || (programme.loading && !context)) return <LoadingState />;
  const error = query.error ?? programme.error;
  if (!issue || !context || issue.programmeId !== context.programme.id) {
    return (
      <RecordUnavailable
        error={error}
        onRetry={() => void query.refetch()}
        title={t('issue.notFoundTitle')}
        description={t('issue.notFoundBody')}
      />
    );
  }

  const comments = visibleRows(issue.comments, thread.shown, true);
  const none = t('issue.none');
  const partner = context.partnerOfOrganisation.get(issue.raisedBy.id);
  const side = partner ? context.sides.get(partner.side.id) : null;
  const handleReload = () => {
    setEditing(false);
    void query.refetch();
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={programmePath(context.programme.id, 'monitoring')} size="sm">
        ← {t('issue.back', { code: context.programme.code })}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="xs">
            <KindBadge kind={issue.kind} />
            <SeverityBadge severity={issue.severity} />
            <IssueStatusBadge status={issue.status} />
          </Group>
          <Title order={1}>{issue.title}</Title>
        </Stack>
        {context.access.canTriage ? (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('issue.edit')}
          </Button>
        ) : null}
      </Group>
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      <IssueStatusControl
        issue={issue}
        onReload={handleReload}
        onMoved={(status) =>
          setNotice(t('issue.moved', { status: t(`enums.IssueStatus.${status}`) }))
        }
      />
      {issue.resolution ? (
        <Card withBorder bg="var(--mantine-color-teal-light)">
          <DetailItem
            label={issue.status === 'DISMISSED' ? t('issue.dismissal') : t('issue.resolution')}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {issue.resolution}
            </Text>
          </DetailItem>
        </Card>
      ) : null}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DetailItem label={t('issue.category')}>
            {t(`enums.IssueCategory.${issue.category}`)}
          </DetailItem>
          <DetailItem label={t('issue.raisedBy')}>
            {organisationName(issue.raisedBy, format.locale)}
            {side ? ` · ${side.name}` : ''}
          </DetailItem>
          <DetailItem label={t('issue.raisedAt')}>
            {t('issue.raisedAtBy', {
              at: format.dateTime(issue.createdAt),
              name: issue.reportedBy?.name ?? none,
            })}
          </DetailItem>
          <DetailItem label={t('issue.event')}>
            {issue.event ? (
              <Anchor component={Link} to={eventPath(context.programme.id, issue.event.id)}>
                {issue.event.title}
              </Anchor>
            ) : (
              none
            )}
          </DetailItem>
          <DetailItem label={t('issue.round')}>
            {issue.round ? (
              <Anchor component={Link} to={roundPath(context.programme.id, issue.round.id)}>
                {issue.round.title}
              </Anchor>
            ) : (
              none
            )}
          </DetailItem>
          {context.access.canTriage ? null : (
            <DetailItem label={t('assignee.label')}>
              {issue.assignee?.name ?? t('assignee.nobody')}
            </DetailItem>
          )}
        </SimpleGrid>
        <Stack mt="sm" gap="xs">
          <DetailItem label={t('issue.description')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {issue.description ?? none}
            </Text>
          </DetailItem>
          {context.access.canTriage ? (
            <IssueAssignee issue={issue} onReload={handleReload} />
          ) : null}
        </Stack>
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <IssueThread
            issueId={issue.id}
            comments={comments.rows}
            earlier={comments.more}
            onEarlier={thread.showMore}
            loadingEarlier={query.loading}
            canComment={issue.viewerCan.comment}
            onCommented={() => setNotice(t('thread.sent'))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <IssueHistory issue={issue} />
        </Grid.Col>
      </Grid>
      {editing ? (
        <IssueFormModal
          context={context}
          mode={{ kind: 'edit', issue }}
          onClose={() => setEditing(false)}
          onReload={handleReload}
          onSaved={() => {
            setEditing(false);
            setNotice(t('issue.saved'));
          }}
        />
      ) : null}
    </Stack>
  );
}
