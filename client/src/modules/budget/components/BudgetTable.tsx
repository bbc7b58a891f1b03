import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { spentShare } from '../money';

export interface BudgetTableRow {
  key: string;
  name: string;
  /** A second line, e.g. the partner's side. */
  detail?: string;
  planned: number;
  spent: number;
}

export interface BudgetTableProps {
  label: string;
  nameHeader: string;
  rows: BudgetTableRow[];
  money: (value: number) => string;
}

/** Planned, spent and the spent share, one row per partner or side. */
export function BudgetTable({ label, nameHeader, rows, money }: BudgetTableProps) {
  const { t } = useTranslation('action-plan');
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{nameHeader}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.planned')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.spent')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.share')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const share = spentShare(row.planned, row.spent);
            return (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {row.name}
                  {row.detail ? (
                    <Text size="xs" c="dimmed">
                      {row.detail}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(row.planned)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(row.spent)}
                </Table.Td>
                <Table.Td ta="right">
                  {share === null ? t('budget.noPlan') : t('table.percent', { value: share })}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
