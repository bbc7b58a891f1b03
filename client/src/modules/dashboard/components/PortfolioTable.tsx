import { Table, Text, UnstyledButton } from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { OVERDUE_COLOR } from '../../action-plan/public';
import { ProgrammeNameCells } from '../../programmes/public';
import { ProgrammeStatusBadge } from '../../programmes/public';
import {
  PORTFOLIO_COLUMNS,
  type PortfolioColumn,
  type PortfolioEntry,
  type PortfolioSort,
} from '../portfolioSort';
import { programmePath } from '../../../app/paths';

export interface PortfolioTableProps {
  entries: PortfolioEntry[];
  sort: PortfolioSort;
  onSort: (column: PortfolioColumn) => void;
}

const NUMERIC: ReadonlySet<PortfolioColumn> = new Set([
  'progress',
  'overdue',
  'lateReports',
  'eventsHeld',
]);

/** The portfolio, one programme a row; every column header sorts by that column. */
export function PortfolioTable({ entries, sort, onSort }: PortfolioTableProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('portfolio.title')}>
        <Table.Thead>
          <Table.Tr>
            {PORTFOLIO_COLUMNS.map((column) => {
              const active = sort.column === column;
              return (
                <Table.Th
                  key={column}
                  scope="col"
                  aria-sort={active ? sort.direction : 'none'}
                  ta={NUMERIC.has(column) ? 'right' : 'left'}
                >
                  <UnstyledButton onClick={() => onSort(column)} fw={600} fz="sm">
                    {t(`portfolio.columns.${column}`)}
                    <span aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const { programme } = entry;
            const progress = Math.round(entry.overallProgress);
            return (
              <Table.Tr key={programme.id}>
                <ProgrammeNameCells
                  programme={programme}
                  to={programmePath(programme.id, 'dashboard')}
                />
                <Table.Td>
                  <ProgrammeStatusBadge status={programme.status} />
                </Table.Td>
                <Table.Td ta="right" miw={120}>
                  <Text size="sm">{t('percent', { value: progress })}</Text>
                  <ProgressBar value={progress} size="sm" aria-hidden="true" />
                </Table.Td>
                <Table.Td ta="right">
                  <Text
                    size="sm"
                    fw={entry.overdueActions > 0 ? 700 : undefined}
                    c={entry.overdueActions > 0 ? OVERDUE_COLOR : undefined}
                  >
                    {t('portfolio.ofActions', {
                      overdue: format.number(entry.overdueActions),
                      total: format.number(entry.actions),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text
                    size="sm"
                    fw={entry.lateReports > 0 ? 700 : undefined}
                    c={entry.lateReports > 0 ? OVERDUE_COLOR : undefined}
                  >
                    {format.number(entry.lateReports)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {format.number(entry.eventsHeld)}
                  {entry.eventsUpcoming > 0 ? (
                    <Text size="xs" c="dimmed">
                      {t('portfolio.upcoming', { count: entry.eventsUpcoming })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {entry.lastEventAt ? format.date(entry.lastEventAt.slice(0, 10)) : '—'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
