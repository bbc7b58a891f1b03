import { useQuery } from '@apollo/client/react';
import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/useFormat';
import { ACTION_STATUSES, OVERDUE_COLOR, statusFill } from '../../action-plan/public';
import { PlanSummaryQuery } from '../graphql/dashboard';
import { ChartFigure } from '../../../ui/charts/ChartFigure';
import { VisuallyHiddenTable } from '../../../ui/charts/VisuallyHiddenTable';

const ActionStatusChart = lazy(async () => ({
  default: (await import('./ActionStatusChart')).ActionStatusChart,
}));

export interface PlanSummaryProps {
  programmeId: string;
}

/** Overall progress, overdue actions and actions by status, above the plan. */
export function PlanSummary({ programmeId }: PlanSummaryProps) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const overallId = useId();
  const { data, error, refetch } = useQuery(PlanSummaryQuery, {
    variables: { programmeId },
    fetchPolicy: 'cache-and-network',
  });

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const dashboard = data?.programmeDashboard;
  if (!dashboard) return null;

  const overall = Math.round(dashboard.overallProgress);
  const counts = new Map(dashboard.actionsByStatus.map((entry) => [entry.status, entry.count]));
  const bars = ACTION_STATUSES.map((status) => ({
    label: t(`status.${status}`),
    count: counts.get(status) ?? 0,
    fill: statusFill(status),
  }));
  const caption = t('summary.byStatus');

  return (
    <Paper withBorder p="md" component="section" aria-label={t('summary.label')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <Stack gap={6} justify="center">
          <Text size="sm" c="dimmed" id={overallId}>
            {t('summary.overall')}
          </Text>
          <Text fz={28} fw={700} lh={1}>
            {t('table.percent', { value: overall })}
          </Text>
          <ProgressBar value={overall} size="lg" aria-labelledby={overallId} />
        </Stack>
        <Stack gap={6} justify="center">
          <Text size="sm" c="dimmed">
            {t('summary.overdue')}
          </Text>
          <Group gap="xs" align="baseline">
            <Text
              fz={28}
              fw={700}
              lh={1}
              c={dashboard.overdueActions > 0 ? OVERDUE_COLOR : undefined}
            >
              {format.number(dashboard.overdueActions)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('summary.overdueHint')}
            </Text>
          </Group>
        </Stack>
        <ChartFigure
          caption={caption}
          height={140}
          chart={<ActionStatusChart data={bars} seriesName={t('summary.count')} />}
          table={
            <VisuallyHiddenTable
              caption={caption}
              columns={[t('table.status'), t('summary.count')]}
              rows={bars.map((bar) => ({
                key: bar.label,
                header: bar.label,
                cells: [format.number(bar.count)],
              }))}
            />
          }
        />
      </SimpleGrid>
    </Paper>
  );
}
