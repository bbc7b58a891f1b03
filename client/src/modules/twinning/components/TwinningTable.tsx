import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TwinningSummaryFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { TwinningStatusBadge } from './TwinningStatusBadge';
import { twinningPath } from '../../../app/paths';

export interface TwinningTableProps {
  relations: readonly TwinningSummaryFragment[];
  /** Hides the programme column where every relation is of one programme. */
  showProgramme?: boolean;
}

/** The relations as a table: the registry's list and the picture's text alternative. */
export function TwinningTable({ relations, showProgramme = true }: TwinningTableProps) {
  const { t } = useTranslation('twinning');
  const format = useFormat();
  const party = (organisation: TwinningSummaryFragment['organisationA']) =>
    `${organisationName(organisation, format.locale)} (${organisation.country})`;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('table.label')} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.relation')}</Table.Th>
            <Table.Th>{t('table.kind')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.since')}</Table.Th>
            <Table.Th>{t('table.areas')}</Table.Th>
            {showProgramme ? <Table.Th>{t('table.programme')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {relations.map((relation) => (
            <Table.Tr key={relation.id}>
              <Table.Td>
                <Anchor component={Link} to={twinningPath(relation.id)} size="sm">
                  {party(relation.organisationA)} ↔ {party(relation.organisationB)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`enums.TwinningKind.${relation.kind}`)}</Table.Td>
              <Table.Td>
                <TwinningStatusBadge status={relation.status} />
              </Table.Td>
              <Table.Td>{relation.since ? format.date(relation.since) : t('none')}</Table.Td>
              <Table.Td>
                <Text size="sm">{relation.areas.join(', ') || t('none')}</Text>
              </Table.Td>
              {showProgramme ? <Table.Td>{relation.programme?.code ?? t('none')}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
