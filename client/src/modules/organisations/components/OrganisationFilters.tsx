import { Button, Select } from '@mantine/core';
import { OrganisationKind } from '@spilno/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { enumOptions, type EnumValue } from '../../../ui/enums';
import { FilterBar } from '../../../ui/FilterBar';
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
  const kinds = enumOptions(KINDS, (value) => t(`enums.OrganisationKind.${value}`));

  return (
    <FilterBar>
      <SearchInput
        label={t('organisations.search')}
        placeholder={t('organisations.searchPlaceholder')}
        value={props.search}
        onChange={props.onSearchChange}
      />
      <Select
        label={t('organisations.country')}
        placeholder={t('organisations.countryPlaceholder')}
        data={countries}
        value={props.country}
        onChange={props.onCountryChange}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clearFilters') }}
        nothingFoundMessage={t('organisations.noneFound')}
      />
      <Select
        label={t('organisations.kind')}
        placeholder={t('organisations.kindPlaceholder')}
        data={kinds}
        value={props.kind}
        onChange={props.onKindChange}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clearFilters') }}
      />
      {props.hasFilters ? (
        <Button variant="default" onClick={props.onClear} justify="center">
          {t('common.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );
}
