import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { LIST_LIMITS } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { useShowMore, visibleRows } from '../../../ui/useShowMore';
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
  const paging = useShowMore(
    LIST_LIMITS.missingTranslations,
    LIST_LIMITS.missingTranslations.default,
    programmeId,
  );
  const query = useQuery(MissingTranslationsQuery, {
    variables: { programmeId, limit: paging.limit },
    fetchPolicy: 'cache-and-network',
  });
  const { loading, error, refetch } = query;
  // The rows shown stay while more of them load.
  const answer = (query.data ?? query.previousData)?.missingTranslations;
  if (loading && !answer) return <LoadingState />;
  if (!answer) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const { rows, more } = visibleRows(answer, paging.shown);

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
      <ShowMoreButton
        more={more}
        onMore={paging.showMore}
        label={t('missing.more')}
        loading={loading}
      />
    </Stack>
  );
}
