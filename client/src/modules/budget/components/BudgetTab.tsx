import { useQuery } from '@apollo/client/react';
import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { ChartFigure } from '../../../ui/charts/ChartFigure';
import { organisationName } from '../../organisations/public';
import { useProgrammeWorkspace } from '../../programmes/public';
import { BudgetQuery } from '../graphql/budget';
import { formatMoney, formatMoneyCompact, spentShare } from '../money';
import { BudgetTable, type BudgetTableRow } from './BudgetTable';

const BudgetChart = lazy(async () => ({
  default: (await import('./BudgetChart')).BudgetChart,
}));

/** The plan's money in the programme currency: totals, per partner, per side. */
export function BudgetTab() {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const spentId = useId();
  const { programme } = useProgrammeWorkspace();
  const { data, loading, error, refetch } = useQuery(BudgetQuery, {
    variables: { programmeId: programme.id },
    fetchPolicy: 'cache-and-network',
  });

  const budget = data?.programme?.budget;
  if (loading && !budget) return <LoadingState />;
  if (!budget) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <EmptyMessage title={t('notFound')} />
    );
  }

  const money = (value: number) => formatMoney(value, budget.currency, format.locale);
  const moneyShort = (value: number) => formatMoneyCompact(value, budget.currency, format.locale);
  const sides = new Map(programme.sides.map((side) => [side.id, side]));
  const partners = new Map(programme.partners.map((partner) => [partner.id, partner]));
  const sideName = (id: string | null | undefined) => {
    const side = id ? sides.get(id) : undefined;
    return side
      ? t('timeline.side', { name: side.name, country: format.country(side.country) })
      : t('budget.unassigned');
  };

  const partnerRows: BudgetTableRow[] = budget.byPartner.map((line) => {
    const partner = line.id ? partners.get(line.id) : undefined;
    return {
      key: line.id ?? 'unassigned',
      name: partner
        ? organisationName(partner.organisation, format.locale)
        : t('budget.unassigned'),
      detail: partner ? sideName(partner.side.id) : undefined,
      planned: line.planned,
      spent: line.spent,
    };
  });
  const sideRows: BudgetTableRow[] = budget.bySide.map((line) => ({
    key: line.id ?? 'unassigned',
    name: sideName(line.id),
    planned: line.planned,
    spent: line.spent,
  }));
  const share = spentShare(budget.total.planned, budget.total.spent);

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('budget.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('budget.totalPlanned')}
          </Text>
          <Text fz={24} fw={700}>
            {money(budget.total.planned)}
          </Text>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('budget.totalSpent')}
          </Text>
          <Text fz={24} fw={700}>
            {money(budget.total.spent)}
          </Text>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed" id={spentId}>
            {t('budget.share')}
          </Text>
          <Text fz={24} fw={700}>
            {share === null ? t('budget.noPlan') : t('table.percent', { value: share })}
          </Text>
          {share === null ? null : (
            <ProgressBar value={Math.min(share, 100)} aria-labelledby={spentId} mt={4} />
          )}
        </Paper>
      </SimpleGrid>
      <Alert color="blue" variant="light">
        {t('budget.sharedNote')}
      </Alert>
      {budget.total.planned === 0 && budget.total.spent === 0 ? (
        <EmptyMessage title={t('budget.empty')} />
      ) : (
        <>
          <section>
            <Title order={3} size="h5" mb="xs">
              {t('budget.byPartner')}
            </Title>
            <BudgetTable
              label={t('budget.byPartner')}
              nameHeader={t('budget.partner')}
              rows={partnerRows}
              money={money}
            />
          </section>
          <section>
            <Title order={3} size="h5" mb="xs">
              {t('budget.bySide')}
            </Title>
            <BudgetTable
              label={t('budget.bySide')}
              nameHeader={t('budget.side')}
              rows={sideRows}
              money={money}
            />
          </section>
          {/* The tables above carry the same figures, so the chart needs no table of its own. */}
          <ChartFigure
            caption={t('budget.chart')}
            height={Math.max(200, 64 * partnerRows.length + 60)}
            chart={
              <BudgetChart
                data={partnerRows.map((row) => ({
                  name: row.name,
                  planned: row.planned,
                  spent: row.spent,
                }))}
                plannedName={t('budget.planned')}
                spentName={t('budget.spent')}
                money={money}
                moneyShort={moneyShort}
              />
            }
          />
        </>
      )}
    </Stack>
  );
}
