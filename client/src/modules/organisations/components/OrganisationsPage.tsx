import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { COUNTRY_PATTERN, OrganisationKind } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { parseEnum } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { TablePagination } from '../../../ui/TablePagination';
import { useListParams } from '../../../ui/useListParams';
import { useFormat } from '../../../ui/useFormat';
import { OrganisationsQuery } from '../graphql/organisations';
import { OrganisationFilters } from './OrganisationFilters';
import { OrganisationsTable } from './OrganisationsTable';

const FILTERS = ['q', 'country', 'kind'] as const;
const KINDS = Object.values(OrganisationKind);

export function OrganisationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams(FILTERS);
  const search = list.filters.q ?? '';
  const country =
    list.filters.country && COUNTRY_PATTERN.test(list.filters.country)
      ? list.filters.country
      : null;
  const kind = parseEnum(KINDS, list.filters.kind);

  const { data, previousData, loading, error, refetch } = useQuery(OrganisationsQuery, {
    variables: {
      search: search || null,
      country,
      kind,
      limit: list.limit,
      offset: list.offset,
    },
  });
  // Keep the previous page on screen while the next one loads, instead of a flash of spinner.
  const page = (data ?? previousData)?.organisations;

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        description={page ? t('common.total', { count: format.number(page.total) }) : undefined}
      />
      <OrganisationFilters
        search={search}
        country={country}
        kind={kind}
        hasFilters={list.hasFilters}
        onSearchChange={(value) => list.setFilter('q', value)}
        onCountryChange={(value) => list.setFilter('country', value)}
        onKindChange={(value) => list.setFilter('kind', value)}
        onClear={list.clearFilters}
      />
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <LoadingState />
      ) : page.items.length === 0 ? (
        <EmptyMessage title={t('organisations.empty')} />
      ) : (
        <div aria-busy={loading}>
          {loading ? (
            <Text size="sm" c="dimmed" role="status">
              {t('common.loading')}
            </Text>
          ) : null}
          <OrganisationsTable organisations={page.items} />
          <TablePagination
            total={page.total}
            page={list.page}
            limit={list.limit}
            onPageChange={list.setPage}
          />
        </div>
      )}
    </>
  );
}
