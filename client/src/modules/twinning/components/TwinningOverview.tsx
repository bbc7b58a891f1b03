import { useQuery } from '@apollo/client/react';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { LIST_LIMITS } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../../ui/format';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { parseEnum } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useListParams } from '../../../ui/useListParams';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { useShowMore, visibleRows } from '../../../ui/useShowMore';
import { TwinningRelationsQuery } from '../graphql/twinning';
import { TWINNING_STATUSES } from '../twinningStatus';
import { TWINNING_FILTERS, TwinningFilters } from './TwinningFilters';
import { TwinningDiagram } from './TwinningDiagram';
import { TwinningTable } from './TwinningTable';

export interface TwinningOverviewProps {
  /** Only the relations grown in this programme. */
  programmeId?: string;
  /** The side the picture draws on the left, e.g. the programme's first side. */
  preferredCountry?: string | null;
  /** Names the downloaded picture, e.g. the programme's code. */
  fileLabel?: string;
}

type View = 'table' | 'picture';

/** Relations filtered by status, country and area, as a table or as the picture. */
export function TwinningOverview({
  programmeId,
  preferredCountry,
  fileLabel,
}: TwinningOverviewProps) {
  const { t, i18n } = useTranslation('twinning');
  const params = useListParams(TWINNING_FILTERS);
  const [view, setView] = useState<View>('table');
  const status = parseEnum(TWINNING_STATUSES, params.filters.status);
  // Unknown values from an edited URL are ignored rather than sent to be refused.
  const country = countryOptions(i18n.language).some((c) => c.value === params.filters.country)
    ? params.filters.country
    : null;
  const filters = { programmeId: programmeId ?? null, status, country, area: params.filters.area };
  const paging = useShowMore(
    LIST_LIMITS.twinningRelations,
    LIST_LIMITS.twinningRelations.default,
    JSON.stringify(filters),
  );
  const query = useQuery(TwinningRelationsQuery, {
    variables: { ...filters, limit: paging.limit },
  });
  // The relations shown so far stay while more of them load.
  const data = query.data ?? query.previousData;
  const { rows: relations, more } = visibleRows(data?.twinningRelations ?? [], paging.shown);

  return (
    <Stack gap="sm">
      <TwinningFilters
        status={status}
        country={country}
        area={params.filters.area}
        hasFilters={params.hasFilters}
        onChange={params.setFilter}
        onClear={params.clearFilters}
      />
      <SegmentedControl
        value={view}
        onChange={(value) => setView(value === 'picture' ? 'picture' : 'table')}
        data={[
          { value: 'table', label: t('views.table') },
          { value: 'picture', label: t('views.picture') },
        ]}
        aria-label={t('views.label')}
        w="fit-content"
      />
      {query.loading && !data ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : relations.length === 0 ? (
        <EmptyMessage
          title={params.hasFilters ? t('empty.filtered') : t('empty.title')}
          description={params.hasFilters ? undefined : t('empty.description')}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {more
              ? t('countFirst', { count: relations.length })
              : t('count', { count: relations.length })}
          </Text>
          {view === 'table' ? (
            <TwinningTable relations={relations} showProgramme={!programmeId} />
          ) : (
            <TwinningDiagram
              relations={relations}
              preferredCountry={preferredCountry}
              fileLabel={fileLabel}
            />
          )}
          <ShowMoreButton
            more={more}
            onMore={paging.showMore}
            label={t('showMore')}
            loading={query.loading}
          />
        </>
      )}
    </Stack>
  );
}
