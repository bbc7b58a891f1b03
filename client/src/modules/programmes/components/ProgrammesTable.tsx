import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammesQuery } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { ProgrammeNameCells } from './ProgrammeNameCells';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { programmePath } from '../../../app/paths';

export interface ProgrammesTableProps {
  programmes: ProgrammesQuery['programmes'];
}

export function ProgrammesTable({ programmes }: ProgrammesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('programmes.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('programmes.code')}</Table.Th>
            <Table.Th scope="col">{t('programmes.programme')}</Table.Th>
            <Table.Th scope="col">{t('programmes.status')}</Table.Th>
            <Table.Th scope="col">{t('programmes.period')}</Table.Th>
            <Table.Th scope="col">{t('programmes.sides')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programmes.map((programme) => {
            return (
              <Table.Tr key={programme.id}>
                <ProgrammeNameCells programme={programme} to={programmePath(programme.id)} />
                <Table.Td>
                  <ProgrammeStatusBadge status={programme.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t('programmes.periodValue', {
                    start: format.date(programme.startsOn),
                    end: format.date(programme.endsOn),
                  })}
                </Table.Td>
                <Table.Td>
                  {programme.sides
                    .map((side) =>
                      t('programmes.sideValue', {
                        name: side.name,
                        country: format.country(side.country),
                      }),
                    )
                    .join('; ')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
