import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useFormat } from '../../../ui/useFormat';
import { localisedText } from '../../programmes/public';
import { PortfolioQuery } from '../graphql/dashboard';
import { nextSort, sortPortfolio, type PortfolioSort } from '../portfolioSort';
import { PortfolioTable } from './PortfolioTable';

/** Every programme the manager may read, with progress, overdue work and events, sortable. */
export function PortfolioPage() {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const [sort, setSort] = useState<PortfolioSort>({ column: 'overdue', direction: 'descending' });
  const { data, loading, error, refetch } = useQuery(PortfolioQuery, {
    fetchPolicy: 'cache-and-network',
  });

  const entries = data
    ? sortPortfolio(
        data.portfolio,
        sort,
        (entry) => localisedText(entry.programme, format.locale).title,
        format.locale,
      )
    : [];

  return (
    <Stack gap="md">
      <PageHeader title={t('portfolio.title')} description={t('portfolio.description')} />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingState /> : null}
      {data && entries.length === 0 ? <EmptyMessage title={t('portfolio.empty')} /> : null}
      {entries.length > 0 ? (
        <PortfolioTable
          entries={entries}
          sort={sort}
          onSort={(column) => setSort((current) => nextSort(current, column))}
        />
      ) : null}
    </Stack>
  );
}
