import { SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoringRoundQuery } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { ChartFigure } from '../../../ui/charts/ChartFigure';
import { VisuallyHiddenTable } from '../../../ui/charts/VisuallyHiddenTable';
import { categorySeverityMatrix, SEVERITIES } from '../roundFigures';
import type { KindBar } from './RoundResultsChart';

const RoundResultsChart = lazy(async () => ({
  default: (await import('./RoundResultsChart')).RoundResultsChart,
}));

type Results = NonNullable<MonitoringRoundQuery['monitoringRound']>['results'];

export interface RoundResultsProps {
  results: Results;
}

/**
 * A round's answers by category and by severity as charts (each with its figures as a
 * table for screen readers), and the category × severity table itself.
 */
export function RoundResults({ results }: RoundResultsProps) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const problems = t('enums.IssueKind.PROBLEM');
  const expectations = t('enums.IssueKind.EXPECTATION');
  const byCategory: KindBar[] = results.byCategory.map((row) => ({
    label: t(`enums.IssueCategory.${row.category}`),
    problems: row.problems,
    expectations: row.expectations,
  }));
  const bySeverity: KindBar[] = results.bySeverity.map((row) => ({
    label: t(`enums.IssueSeverity.${row.severity}`),
    problems: row.problems,
    expectations: row.expectations,
  }));

  const figure = (caption: string, data: KindBar[], group: string) => (
    <ChartFigure
      caption={caption}
      height={40 + data.length * 32}
      chart={
        <RoundResultsChart data={data} problemsLabel={problems} expectationsLabel={expectations} />
      }
      table={
        <VisuallyHiddenTable
          caption={caption}
          columns={[group, problems, expectations]}
          rows={data.map((bar) => ({
            key: bar.label,
            header: bar.label,
            cells: [format.number(bar.problems), format.number(bar.expectations)],
          }))}
        />
      }
    />
  );

  const matrixCaption = t('results.matrix');
  return (
    <Stack gap="md" component="section" aria-labelledby="round-results">
      <Title order={2} size="h3" id="round-results">
        {t('results.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {figure(t('results.byCategory'), byCategory, t('results.category'))}
        {figure(t('results.bySeverity'), bySeverity, t('results.severity'))}
      </SimpleGrid>
      <Table.ScrollContainer minWidth={560}>
        <Table striped withTableBorder aria-label={matrixCaption}>
          <Table.Caption>{matrixCaption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('results.category')}</Table.Th>
              {SEVERITIES.map((severity) => (
                <Table.Th key={severity} scope="col" ta="right">
                  {t(`enums.IssueSeverity.${severity}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categorySeverityMatrix(results.byCategoryAndSeverity).map((row) => (
              <Table.Tr key={row.category}>
                <Table.Th scope="row">{t(`enums.IssueCategory.${row.category}`)}</Table.Th>
                {row.counts.map((count, index) => (
                  <Table.Td key={SEVERITIES[index]} ta="right">
                    {format.number(count)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
