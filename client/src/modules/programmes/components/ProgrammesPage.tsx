import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { ProgrammeStatus } from '@spilno/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { parseEnum } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { EnumFilter, FilterBar, FilterSelect } from '../../../ui/FilterBar';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useFormat } from '../../../ui/useFormat';
import { useListParams } from '../../../ui/useListParams';
import { useCurrentUser } from '../../auth/public';
import { ProgrammesQuery } from '../graphql/programmes';
import { ProgrammesTable } from './ProgrammesTable';
import { NEW_PROGRAMME_PATH } from '../../../app/paths';

const FILTERS = ['status', 'country'] as const;
const STATUSES = Object.values(ProgrammeStatus);

export function ProgrammesPage() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programmes');
  const format = useFormat();
  const user = useCurrentUser();
  const { filters, setFilter, clearFilters, hasFilters } = useListParams(FILTERS);
  const status = parseEnum(STATUSES, filters.status);
  const country = filters.country;
  const { data, loading, error, refetch } = useQuery(ProgrammesQuery, { variables: { status } });
  const all = useMemo(() => data?.programmes ?? [], [data]);

  // The list is short (programmes a user may read), so the side filter runs here.
  const countries = useMemo(() => {
    const codes = new Set(all.flatMap((programme) => programme.sides.map((side) => side.country)));
    if (country) codes.add(country);
    const collator = new Intl.Collator(format.locale);
    return [...codes]
      .map((code) => ({ value: code, label: format.country(code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [all, country, format]);
  const programmes = country
    ? all.filter((programme) => programme.sides.some((side) => side.country === country))
    : all;

  return (
    <>
      <PageHeader
        title={t('programmes.title')}
        actions={
          user.viewerCan.createProgramme ? (
            <Button component={Link} to={NEW_PROGRAMME_PATH}>
              {tp('list.newProgramme')}
            </Button>
          ) : null
        }
      />
      <FilterBar hasFilters={hasFilters} onClear={clearFilters}>
        <EnumFilter
          label={t('programmes.status')}
          placeholder={t('common.all')}
          values={STATUSES}
          optionLabel={(value) => t(`enums.ProgrammeStatus.${value}`)}
          value={status}
          onChange={(value) => setFilter('status', value)}
        />
        <FilterSelect
          label={tp('list.country')}
          placeholder={tp('list.countryPlaceholder')}
          data={countries}
          value={country}
          onChange={(value) => setFilter('country', value)}
          searchable
          nothingFoundMessage={tp('list.noCountry')}
        />
      </FilterBar>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState />
      ) : programmes.length === 0 ? (
        <EmptyMessage
          title={hasFilters ? tp('list.emptyFiltered') : t('programmes.empty')}
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
