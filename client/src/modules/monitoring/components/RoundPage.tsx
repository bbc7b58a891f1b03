import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RecordUnavailable } from '../../../pages/RecordUnavailable';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { ownPartner } from '../access';
import { CloseMonitoringRoundMutation, MonitoringRoundQuery } from '../graphql/monitoring';
import { useMonitoringProgramme } from '../hooks/useMonitoringProgramme';
import { RoundAnswers } from './RoundAnswers';
import { RoundCompletion } from './RoundCompletion';
import { RoundResults } from './RoundResults';
import { programmePath } from '../../../app/paths';

/** A monitoring round: its questions, a partner's answers, completion and results. */
export function RoundPage() {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const { id = '', roundId = '' } = useParams();
  const programme = useMonitoringProgramme(id);
  const query = useQuery(MonitoringRoundQuery, { variables: { id: roundId } });
  const [closing, setClosing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [closeRound, closingRound] = useMutation(CloseMonitoringRoundMutation, {
    refetchQueries: ['MonitoringRound'],
    awaitRefetchQueries: true,
  });
  const context = programme.context;
  const round = query.data?.monitoringRound ?? null;

  if ((query.loading && !query.data) || (programme.loading && !context)) return <LoadingState />;
  const error = query.error ?? programme.error;
  if (!round || !context || round.programmeId !== context.programme.id) {
    return (
      <RecordUnavailable
        error={error}
        onRetry={() => void query.refetch()}
        title={t('round.notFoundTitle')}
        description={t('round.notFoundBody')}
      />
    );
  }

  const own = ownPartner(context.access);
  const handleClose = async () => {
    setFailure(null);
    try {
      await closeRound({ variables: { id: round.id, version: round.version } });
      setClosing(false);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={programmePath(context.programme.id, 'monitoring')} size="sm">
        ← {t('issue.back', { code: context.programme.code })}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{round.title}</Title>
          <Text size="sm" c="dimmed">
            {t('rounds.period', {
              start: format.date(round.periodStart),
              end: format.date(round.periodEnd),
            })}
            {round.openedBy ? ` · ${t('round.openedBy', { name: round.openedBy.name })}` : ''}
          </Text>
        </Stack>
        <Group gap="sm">
          <Badge color={round.status === 'OPEN' ? 'teal' : 'gray'} variant="light" size="lg">
            {t(`enums.MonitoringRoundStatus.${round.status}`)}
          </Badge>
          {context.access.canTriage && round.status === 'OPEN' ? (
            <Button variant="default" onClick={() => setClosing(true)}>
              {t('round.close')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {round.prompts.length > 0 ? (
        <Stack gap={4} component="section" aria-labelledby="round-prompts">
          <Title order={2} size="h4" id="round-prompts">
            {t('round.prompts')}
          </Title>
          <List type="ordered" spacing={4} size="sm">
            {round.prompts.map((prompt, index) => (
              <List.Item key={index}>{prompt}</List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {own ? <RoundAnswers context={context} round={round} partner={own} /> : null}
      <RoundCompletion context={context} round={round} />
      <RoundResults results={round.results} />
      <ConfirmModal
        opened={closing}
        title={t('round.closeTitle')}
        body={t('round.closeBody')}
        confirmLabel={t('round.close')}
        busy={closingRound.loading}
        error={failure}
        onConfirm={() => void handleClose()}
        onCancel={() => {
          setClosing(false);
          setFailure(null);
        }}
        onReload={() => {
          setClosing(false);
          void query.refetch();
        }}
      />
    </Stack>
  );
}
