import { useQuery } from '@apollo/client/react';
import { Button, Select } from '@mantine/core';
import { ProgrammeStatus } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { enumOptions, parseEnum } from '../../../ui/enums';
import { FilterBar } from '../../../ui/FilterBar';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useListParams } from '../../../ui/useListParams';
import { ProgrammesQuery } from '../graphql/programmes';
import { ProgrammesTable } from './ProgrammesTable';

const FILTERS = ['status'] as const;
const STATUSES = Object.values(ProgrammeStatus);

export function ProgrammesPage() {
  const { t } = useTranslation();
  const { filters, setFilter, clearFilters, hasFilters } = useListParams(FILTERS);
  const status = parseEnum(STATUSES, filters.status);
  const { data, loading, error, refetch } = useQuery(ProgrammesQuery, { variables: { status } });
  const programmes = data?.programmes ?? [];

  return (
    <>
      <PageHeader title={t('programmes.title')} />
      <FilterBar>
        <Select
          label={t('programmes.status')}
          placeholder={t('common.all')}
          data={enumOptions(STATUSES, (value) => t(`enums.ProgrammeStatus.${value}`))}
          value={status}
          onChange={(value) => setFilter('status', value)}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clearFilters') }}
        />
      </FilterBar>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState />
      ) : programmes.length === 0 ? (
        <EmptyMessage
          title={hasFilters ? t('programmes.emptyFiltered') : t('programmes.empty')}
          description={hasFilters ? undefined : t('programmes.emptyDescription')}
          action={
            hasFilters ? (
              <Button variant="default" onClick={clearFilters}>
                {t('common.clearFilters')}
              </Button>
            ) : null
          }
        />
      ) : (
        <ProgrammesTable programmes={programmes} />
      )}
    </>
  );
}
