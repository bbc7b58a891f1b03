import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { formatMoney } from '../../budget/public';
import { BALANCE_METRICS, type BalanceMetric, type SideBalance } from '../balanceMetrics';
import { sideFill } from '../chartColors';
import { shares } from '../dashboardData';
import { DashboardChart } from './DashboardChart';
import type { SectionProps } from './sectionProps';

const BarsChart = lazy(async () => ({
  default: (await import('../../../ui/charts/BarsChart')).BarsChart,
}));

/**
 * What each side contributed, as each side's share of every figure: bars of equal length
 * mean reciprocal cooperation. The table gives the figures themselves.
 */
export function BalanceChart({ dashboard, view }: SectionProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const { balance } = dashboard;
  const percent = (value: number) => t('percent', { value });
  const label = (metric: BalanceMetric) => t(`balance.metrics.${metric.key}`);
  const value = (metric: BalanceMetric, side: SideBalance) => {
    const amount = side[metric.key];
    if (metric.kind === 'money')
      return formatMoney(amount, dashboard.budget.currency, format.locale);
    if (metric.kind === 'outOf')
      return t('balance.outOf', {
        value: format.number(amount),
        of: format.number(side.reportsDue),
      });
    return format.number(amount);
  };

  const data = BALANCE_METRICS.map((metric) => {
    const split = shares(balance.map((side) => side[metric.key]));
    return Object.fromEntries([
      ['metric', label(metric)],
      ...balance.map((side, index) => [side.sideId, split[index] ?? 0]),
    ]) as Record<string, string | number>;
  });

  return (
    <DashboardChart
      caption={t('balance.title')}
      view={view}
      height={60 + 44 * BALANCE_METRICS.length}
      empty={balance.length === 0 ? t('balance.noSides') : null}
      chart={
        <BarsChart
          data={data}
          categoryKey="metric"
          orientation="horizontal"
          stacked
          max={100}
          categoryWidth={170}
          formatValue={percent}
          series={balance.map((side, index) => ({
            key: side.sideId,
            name: t('sideName', { name: side.name, country: format.country(side.country) }),
            fill: sideFill(index),
          }))}
        />
      }
      columns={[
        t('balance.figure'),
        ...balance.map((side) =>
          t('sideName', { name: side.name, country: format.country(side.country) }),
        ),
      ]}
      rows={BALANCE_METRICS.map((metric, row) => ({
        key: metric.key,
        header: label(metric),
        cells: balance.map((side) =>
          t('balance.valueWithShare', {
            value: value(metric, side),
            share: percent(Number(data[row]?.[side.sideId] ?? 0)),
          }),
        ),
      }))}
    />
  );
}
