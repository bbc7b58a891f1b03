import { TwinningStatus } from '@spilno/shared';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { DashboardChart } from './DashboardChart';
import type { SectionProps } from './sectionProps';

const BarsChart = lazy(async () => ({
  default: (await import('../../../ui/charts/BarsChart')).BarsChart,
}));

/** Twinning relations of the programme by status; an empty state while there are none. */
export function TwinningChart({ dashboard, view }: SectionProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const counts = new Map(dashboard.twinningByStatus.map((entry) => [entry.status, entry.count]));
  const rows = Object.values(TwinningStatus).map((status) => ({
    status,
    name: t(`twinning.status.${status}`),
    count: counts.get(status) ?? 0,
  }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);

  return (
    <DashboardChart
      caption={t('twinning.title')}
      view={view}
      height={200}
      empty={total === 0 ? t('twinning.none') : null}
      chart={
        <BarsChart
          data={rows}
          categoryKey="name"
          orientation="horizontal"
          categoryWidth={120}
          formatValue={format.number}
          series={[{ key: 'count', name: t('count'), fill: 'var(--mantine-color-teal-6)' }]}
        />
      }
      columns={[t('twinning.statusHeader'), t('count')]}
      rows={rows.map((row) => ({
        key: row.status,
        header: row.name,
        cells: [format.number(row.count)],
      }))}
    />
  );
}
