import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { MonitoringRoundsQuery } from '../graphql/monitoring';
import { useMonitoringProgramme } from '../hooks/useMonitoringProgramme';
import { IssueFormModal } from './IssueFormModal';
import { IssuesList } from './IssuesList';
import { RoundFormModal } from './RoundFormModal';
import { RoundsList } from './RoundsList';
import { issuePath, roundPath } from '../../../app/paths';

export interface MonitoringTabProps {
  programmeId: string;
}

/** Monitoring of a programme: its rounds, then every issue with filters, and the ways in. */
export function MonitoringTab({ programmeId }: MonitoringTabProps) {
  const { t } = useTranslation('monitoring');
  const navigate = useNavigate();
  const { context, loading, error, refetch } = useMonitoringProgramme(programmeId);
  const rounds = useQuery(MonitoringRoundsQuery, { variables: { programmeId }, skip: !context });
  const [raising, setRaising] = useState(false);
  const [opening, setOpening] = useState(false);

  if (loading && !context) return <LoadingState />;
  if (!context) {
    if (errorCodeOf(error) === ErrorCode.NOT_FOUND || !error)
      return <EmptyMessage title={t('page.programmeNotFound')} />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" maw={640}>
          {t('intro')}
        </Text>
        <Group gap="sm">
          {context.access.canTriage ? (
            <Button variant="default" onClick={() => setOpening(true)}>
              {t('rounds.open')}
            </Button>
          ) : null}
          {context.access.canRaise ? (
            <Button onClick={() => setRaising(true)}>{t('issues.raise')}</Button>
          ) : null}
        </Group>
      </Group>
      <Stack gap="sm" component="section" aria-labelledby="monitoring-rounds">
        <Title order={2} size="h3" id="monitoring-rounds">
          {t('rounds.heading')}
        </Title>
        {rounds.error ? (
          <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />
        ) : rounds.data ? (
          <RoundsList context={context} rounds={rounds.data.monitoringRounds} />
        ) : (
          <LoadingState />
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="monitoring-issues">
        <Title order={2} size="h3" id="monitoring-issues">
          {t('issues.heading')}
        </Title>
        <IssuesList context={context} rounds={rounds.data?.monitoringRounds ?? []} />
      </Stack>
      {raising ? (
        <IssueFormModal
          context={context}
          mode={{ kind: 'raise' }}
          onClose={() => setRaising(false)}
          onSaved={(issue) => void navigate(issuePath(programmeId, issue.id))}
        />
      ) : null}
      {opening ? (
        <RoundFormModal
          programmeId={programmeId}
          onClose={() => setOpening(false)}
          onOpened={(round) => void navigate(roundPath(programmeId, round.id))}
        />
      ) : null}
    </Stack>
  );
}
