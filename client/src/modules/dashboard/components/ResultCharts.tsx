import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { BudgetChart } from '../../budget';
import { formatMoney, formatMoneyCompact } from '../../budget/public';
import { IndicatorChart } from '../../indicators';
import { achievedShare } from '../../indicators/public';
import { organisationName } from '../../organisations/public';
import { DashboardChart } from './DashboardChart';
import type { SectionProps } from './sectionProps';

/** Indicators target against achieved, and budget planned against spent per partner. */
export function ResultCharts({ dashboard, programme, view }: SectionProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const percent = (value: number) => t('percent', { value });

  const indicators = dashboard.indicators.map((indicator) => {
    const withUnit = (value: number) =>
      t('results.valueWithUnit', { value: format.number(value), unit: indicator.unit });
    return {
      id: indicator.id,
      name: indicator.name,
      target: 100,
      achieved: achievedShare(indicator.target, indicator.achieved) ?? 0,
      targetText: withUnit(indicator.target),
      achievedText: withUnit(indicator.achieved),
    };
  });

  const { budget } = dashboard;
  const money = (value: number) => formatMoney(value, budget.currency, format.locale);
  const moneyShort = (value: number) => formatMoneyCompact(value, budget.currency, format.locale);
  const partners = new Map(programme.partners.map((partner) => [partner.id, partner]));
  const budgetRows = budget.byPartner.map((line) => {
    const partner = line.id ? partners.get(line.id) : undefined;
    return {
      key: line.id ?? 'unassigned',
      name: partner
        ? organisationName(partner.organisation, format.locale)
        : t('results.unassigned'),
      planned: line.planned,
      spent: line.spent,
    };
  });
  const noBudget = budget.total.planned === 0 && budget.total.spent === 0;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <DashboardChart
        caption={t('results.indicators')}
        view={view}
        height={Math.max(160, 48 * indicators.length + 60)}
        empty={indicators.length === 0 ? t('results.noIndicators') : null}
        chart={
          <IndicatorChart
            data={indicators}
            targetName={t('results.target')}
            achievedName={t('results.achieved')}
            percent={percent}
          />
        }
        columns={[
          t('results.indicator'),
          t('results.target'),
          t('results.achieved'),
          t('results.share'),
        ]}
        rows={indicators.map((indicator) => ({
          key: indicator.id,
          header: indicator.name,
          cells: [indicator.targetText, indicator.achievedText, percent(indicator.achieved)],
        }))}
      />
      <DashboardChart
        caption={t('results.budget')}
        view={view}
        height={Math.max(180, 56 * budgetRows.length + 60)}
        empty={noBudget ? t('results.noBudget') : null}
        chart={
          <BudgetChart
            data={budgetRows}
            plannedName={t('results.planned')}
            spentName={t('results.spent')}
            money={money}
            moneyShort={moneyShort}
          />
        }
        columns={[t('results.partner'), t('results.planned'), t('results.spent')]}
        rows={budgetRows.map((row) => ({
          key: row.key,
          header: row.name,
          cells: [money(row.planned), money(row.spent)],
        }))}
      />
    </SimpleGrid>
  );
}
