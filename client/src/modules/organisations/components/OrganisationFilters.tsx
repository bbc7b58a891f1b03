import { OrganisationKind } from '@spilno/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type EnumValue } from '../../../ui/enums';
import { EnumFilter, FilterBar, FilterSelect } from '../../../ui/FilterBar';
import { countryOptions } from '../../../ui/format';
import { SearchInput } from '../../../ui/SearchInput';

const KINDS = Object.values(OrganisationKind);

export interface OrganisationFiltersProps {
  search: string;
  country: string | null;
  kind: EnumValue<OrganisationKind> | null;
  hasFilters: boolean;
  onSearchChange: (value: string) => void;
  onCountryChange: (value: string | null) => void;
  onKindChange: (value: string | null) => void;
  onClear: () => void;
}

export function OrganisationFilters(props: OrganisationFiltersProps) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  return (
    <FilterBar hasFilters={props.hasFilters} onClear={props.onClear}>
      <SearchInput
        label={t('organisations.search')}
        placeholder={t('organisations.searchPlaceholder')}
        value={props.search}
        onChange={props.onSearchChange}
      />
      <FilterSelect
        label={t('organisations.country')}
        placeholder={t('organisations.countryPlaceholder')}
        data={countries}
        value={props.country}
        onChange={props.onCountryChange}
        searchable
        nothingFoundMessage={t('organisations.noneFound')}
      />
      <EnumFilter
        label={t('organisations.kind')}
        placeholder={t('organisations.kindPlaceholder')}
        values={KINDS}
        optionLabel={(value) => t(`enums.OrganisationKind.${value}`)}
        value={props.kind}
        onChange={props.onKindChange}
      />
    </FilterBar>
  );
}
