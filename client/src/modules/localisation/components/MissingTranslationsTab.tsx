import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useRecordTypeLabel } from '../../../ui/recordType';
import { languageName } from '../../../ui/languages';
import { MissingTranslationsQuery } from '../graphql/localisation';

const FIELDS = ['title', 'summary', 'description'] as const;
type Field = (typeof FIELDS)[number];
const isField = (value: string): value is Field => (FIELDS as readonly string[]).includes(value);

/** What a coordinator still has to translate in a programme, each row linking to its record. */
export function MissingTranslationsTab({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('localisation');
  const recordType = useRecordTypeLabel();
  const { data, loading, error, refetch } = useQuery(MissingTranslationsQuery, {
    variables: { programmeId },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.missingTranslations;
  if (loading && !rows) return <LoadingState />;
  if (!rows) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('missing.heading')}
      </Title>
      <Text c="dimmed">{t('missing.intro')}</Text>
      {rows.length === 0 ? (
        <EmptyMessage title={t('missing.empty')} />
      ) : (
        <DataTable
          minWidth={640}
          verticalSpacing="sm"
          aria-label={t('missing.heading')}
          columns={[
            t('missing.record'),
            t('missing.type'),
            t('missing.field'),
            t('missing.languages'),
          ]}
        >
          {rows.map((row) => (
            <Table.Tr key={`${row.recordId}-${row.field}`}>
              <Table.Td>
                <Anchor component={Link} to={row.link}>
                  {row.label}
                </Anchor>
              </Table.Td>
              <Table.Td>{recordType(row.recordType)}</Table.Td>
              <Table.Td>
                {isField(row.field) ? t(`missing.fields.${row.field}`) : row.field}
              </Table.Td>
              <Table.Td>
                {row.missingLanguages.map((code) => languageName(code, i18n.language)).join(', ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
