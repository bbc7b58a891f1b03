import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeQuery } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/organisationName';

type Programme = NonNullable<ProgrammeQuery['programme']>;

export interface ProgrammePartnersProps {
  partners: Programme['partners'];
  /** Id of the heading that names the table. */
  labelledBy: string;
}

export function ProgrammePartners({ partners, labelledBy }: ProgrammePartnersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (partners.length === 0) {
    return <Text c="dimmed">{t('programmes.detail.noPartners')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('programmes.detail.organisation')}</Table.Th>
            <Table.Th scope="col">{t('programmes.detail.side')}</Table.Th>
            <Table.Th scope="col">{t('programmes.detail.role')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((partner) => (
            <Table.Tr key={partner.id}>
              <Table.Td>
                {organisationName(partner.organisation, format.locale)}
                <Text size="xs" c="dimmed">
                  {t(`enums.OrganisationKind.${partner.organisation.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                {t('programmes.sideValue', {
                  name: partner.side.name,
                  country: format.country(partner.side.country),
                })}
              </Table.Td>
              <Table.Td>{t(`enums.PartnerRole.${partner.role}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
