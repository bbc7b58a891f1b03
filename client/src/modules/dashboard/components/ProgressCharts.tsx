import { SimpleGrid } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { ACTION_STATUSES, statusFill } from '../../action-plan/public';
import { DashboardChart } from './DashboardChart';
import type { SectionProps } from './sectionProps';

const BarsChart = lazy(async () => ({
  default: (await import('../../../ui/charts/BarsChart')).BarsChart,
}));
const ActionStatusChart = lazy(async () => ({
  default: (await import('./ActionStatusChart')).ActionStatusChart,
}));

/** Progress of each top-level action, and the plan's actions by status with the overdue ones. */
export function ProgressCharts({ dashboard, view }: SectionProps) {
  const { t } = useTranslation('dashboard');
  const { t: tPlan } = useTranslation('action-plan');
  const format = useFormat();
  const percent = (value: number) => t('percent', { value: Math.round(value) });

  const actions = dashboard.topActions.map((action) => ({
    name: `${action.code} ${action.title}`,
    progress: action.progress,
  }));
  const counts = new Map(dashboard.actionsByStatus.map((entry) => [entry.status, entry.count]));
  const bars = ACTION_STATUSES.map((status) => ({
    label: tPlan(`status.${status}`),
    count: counts.get(status) ?? 0,
    fill: statusFill(status),
  }));
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <DashboardChart
        caption={t('progress.perAction')}
        view={view}
        height={Math.max(160, 36 * actions.length + 40)}
        empty={actions.length === 0 ? t('progress.noActions') : null}
        chart={
          <BarsChart
            data={actions}
            categoryKey="name"
            orientation="horizontal"
            max={100}
            categoryWidth={180}
            formatValue={percent}
            formatCategory={(name) => (name.length > 28 ? `${name.slice(0, 27)}…` : name)}
            series={[
              { key: 'progress', name: t('progress.progress'), fill: statusFill('IN_PROGRESS') },
            ]}
          />
        }
        columns={[t('progress.action'), t('progress.status'), t('progress.progress')]}
        rows={dashboard.topActions.map((action) => ({
          key: action.actionId,
          header: `${action.code} ${action.title}`,
          cells: [
            action.overdue
              ? t('progress.statusOverdue', { status: tPlan(`status.${action.status}`) })
              : tPlan(`status.${action.status}`),
            percent(action.progress),
          ],
        }))}
      />
      <DashboardChart
        caption={t('progress.byStatus', { overdue: format.number(dashboard.overdueActions) })}
        view={view}
        height={180}
        empty={total === 0 ? t('progress.noActions') : null}
        chart={<ActionStatusChart data={bars} seriesName={t('count')} />}
        columns={[t('progress.status'), t('count')]}
        rows={[
          ...bars.map((bar) => ({
            key: bar.label,
            header: bar.label,
            cells: [format.number(bar.count)],
          })),
          {
            key: 'overdue',
            header: t('progress.overdue'),
            cells: [format.number(dashboard.overdueActions)],
          },
        ]}
      />
    </SimpleGrid>
  );
}
