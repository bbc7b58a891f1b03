import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationsQuery } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../organisationName';
import { organisationPath } from '../../../app/paths';

export interface OrganisationsTableProps {
  organisations: OrganisationsQuery['organisations']['items'];
}

export function OrganisationsTable({ organisations }: OrganisationsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('common.none');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('organisations.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organisations.name')}</Table.Th>
            <Table.Th scope="col">{t('organisations.kind')}</Table.Th>
            <Table.Th scope="col">{t('organisations.country')}</Table.Th>
            <Table.Th scope="col">{t('organisations.region')}</Table.Th>
            <Table.Th scope="col">{t('organisations.parent')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('organisations.population')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((organisation) => (
            <Table.Tr key={organisation.id}>
              <Table.Td>
                <Anchor component={Link} to={organisationPath(organisation.id)}>
                  {organisationName(organisation, format.locale)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`enums.OrganisationKind.${organisation.kind}`)}</Table.Td>
              <Table.Td>{format.country(organisation.country)}</Table.Td>
              <Table.Td>{organisation.region ?? none}</Table.Td>
              <Table.Td>
                {organisation.parent ? organisationName(organisation.parent, format.locale) : none}
              </Table.Td>
              <Table.Td ta="right">
                {organisation.population === null ? none : format.number(organisation.population)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
