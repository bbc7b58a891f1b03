import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumFilter, FilterBar, FilterSelect } from '../../../ui/FilterBar';
import { countryOptions } from '../../../ui/format';
import { TwinningAreasQuery } from '../graphql/twinning';
import { TWINNING_STATUSES, type TwinningStatusValue } from '../twinningStatus';

export const TWINNING_FILTERS = ['status', 'country', 'area'] as const;
export type TwinningFilter = (typeof TWINNING_FILTERS)[number];

export interface TwinningFiltersProps {
  status: TwinningStatusValue | null;
  country: string | null;
  area: string | null;
  hasFilters: boolean;
  onChange: (filter: TwinningFilter, value: string | null) => void;
  onClear: () => void;
}

/** Status, a country of either party and an area of cooperation named in some relation. */
export function TwinningFilters(props: TwinningFiltersProps) {
  const { t, i18n } = useTranslation('twinning');
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const areas = useQuery(TwinningAreasQuery);
  const areaOptions = useMemo(() => {
    const known = areas.data?.twinningAreas ?? [];
    // A bookmarked area nobody names any more still shows as chosen.
    return props.area && !known.includes(props.area) ? [props.area, ...known] : known;
  }, [areas.data, props.area]);

  return (
    <FilterBar hasFilters={props.hasFilters} onClear={props.onClear}>
      <EnumFilter
        label={t('filters.status')}
        placeholder={t('filters.any')}
        values={TWINNING_STATUSES}
        optionLabel={(value) => t(`enums.TwinningStatus.${value}`)}
        value={props.status}
        onChange={(value) => props.onChange('status', value)}
      />
      <FilterSelect
        label={t('filters.country')}
        placeholder={t('filters.any')}
        data={countries}
        value={props.country}
        onChange={(value) => props.onChange('country', value)}
        searchable
      />
      <FilterSelect
        label={t('filters.area')}
        placeholder={t('filters.any')}
        data={areaOptions}
        value={props.area}
        onChange={(value) => props.onChange('area', value)}
        searchable
      />
    </FilterBar>
  );
}
