import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundSummaryFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import type { MonitoringContext } from '../hooks/useMonitoringProgramme';
import { completion, percent } from '../roundFigures';
import { roundPath } from '../../../app/paths';

export interface RoundsListProps {
  context: MonitoringContext;
  rounds: readonly RoundSummaryFragment[];
}

function RoundCard({
  context,
  round,
}: {
  context: MonitoringContext;
  round: RoundSummaryFragment;
}) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const progressId = useId();
  const done = completion(round.sides);
  const answers = round.sides.reduce((sum, side) => sum + side.total, 0);
  return (
    <Card withBorder component="article" aria-label={round.title}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={roundPath(context.programme.id, round.id)} fw={600}>
            {round.title}
          </Anchor>
          <Badge color={round.status === 'OPEN' ? 'teal' : 'gray'} variant="light">
            {t(`enums.MonitoringRoundStatus.${round.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('rounds.period', {
            start: format.date(round.periodStart),
            end: format.date(round.periodEnd),
          })}
        </Text>
        <Text size="sm" id={progressId}>
          {t('rounds.submitted', { submitted: done.submitted, partners: done.partners })}
        </Text>
        <ProgressBar value={percent(done.submitted, done.partners)} aria-labelledby={progressId} />
        <Text size="sm" c="dimmed">
          {t('rounds.answers', { count: answers })}
        </Text>
      </Stack>
    </Card>
  );
}

/** The programme's rounds, latest first, each with how many partners have answered. */
export function RoundsList({ context, rounds }: RoundsListProps) {
  const { t } = useTranslation('monitoring');
  if (rounds.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('rounds.empty')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {rounds.map((round) => (
        <RoundCard key={round.id} context={context} round={round} />
      ))}
    </SimpleGrid>
  );
}
