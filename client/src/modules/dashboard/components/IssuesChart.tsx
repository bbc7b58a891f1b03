import { IssueStatus } from '@spilno/shared';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnumValue } from '../../../ui/enums';
import { useFormat } from '../../../ui/useFormat';
import { ISSUE_STATUS_FILLS } from '../chartColors';
import { pivotByQuarter, quarterLabel } from '../dashboardData';
import { DashboardChart } from './DashboardChart';
import type { SectionProps } from './sectionProps';

const BarsChart = lazy(async () => ({
  default: (await import('../../../ui/charts/BarsChart')).BarsChart,
}));

const ORDER: readonly string[] = Object.values(IssueStatus);

/**
 * Monitoring issues by their status at the end of each quarter: whether problems raised get
 * worked through or pile up.
 */
export function IssuesChart({ dashboard, view }: SectionProps) {
  const { t } = useTranslation('dashboard');
  const { t: tMonitoring } = useTranslation('monitoring');
  const format = useFormat();
  const pivot = pivotByQuarter(dashboard.issuesPerQuarter, (row) => row.status);
  const series = [...pivot.series].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const statusName = (status: string) =>
    tMonitoring(`enums.IssueStatus.${status as EnumValue<IssueStatus>}`);

  return (
    <DashboardChart
      caption={t('issues.title')}
      view={view}
      height={260}
      empty={pivot.rows.length === 0 ? t('issues.none') : null}
      chart={
        <BarsChart
          data={pivot.rows}
          categoryKey="quarter"
          formatCategory={quarterLabel}
          stacked
          formatValue={format.number}
          series={series.map((status) => ({
            key: status,
            name: statusName(status),
            fill: ISSUE_STATUS_FILLS[status as EnumValue<IssueStatus>],
          }))}
        />
      }
      columns={[t('events.quarter'), ...series.map(statusName)]}
      rows={pivot.rows.map((row) => ({
        key: row.quarter,
        header: quarterLabel(row.quarter),
        cells: series.map((status) => format.number(Number(row[status] ?? 0))),
      }))}
    />
  );
}
