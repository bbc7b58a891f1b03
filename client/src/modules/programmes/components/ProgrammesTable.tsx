import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammesQuery } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { localisedText } from '../localisedText';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { programmePath } from '../../../app/paths';
import { UntranslatedMark } from '../../localisation/public';

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
            const text = localisedText(programme, format.locale);
            return (
              <Table.Tr key={programme.id}>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {programme.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={programmePath(programme.id)}
                    lang={text.titleLanguage}
                  >
                    {text.title}
                  </Anchor>
                  <UntranslatedMark shown={text.titleLanguage} />
                </Table.Td>
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
