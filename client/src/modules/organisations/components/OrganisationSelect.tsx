import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { SEARCH_MAX } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationOptionFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { OrganisationOptionsQuery } from '../graphql/organisations';
import { organisationName } from '../organisationName';

const OPTION_LIMIT = 20;

export type OrganisationOption = OrganisationOptionFieldsFragment;

export interface OrganisationSelectProps extends Omit<
  SelectProps,
  'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'
> {
  /** Also reports the chosen organisation itself (e.g. its country), or null when cleared. */
  onOrganisationChange?: (organisation: OrganisationOption | null) => void;
  /** Organisations offered but not choosable, e.g. those already taking part. */
  disabledIds?: ReadonlySet<string>;
  /** The organisation already chosen, so its name shows before any search (e.g. when editing). */
  selected?: OrganisationOption | null;
}

/** A searchable organisation picker that asks the server, as the directory is large. */
export function OrganisationSelect({
  onOrganisationChange,
  disabledIds,
  selected,
  onChange,
  ...props
}: OrganisationSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const { data, previousData } = useQuery(OrganisationOptionsQuery, {
    variables: { search: debouncedSearch || null, limit: OPTION_LIMIT },
  });
  const found = (data ?? previousData)?.organisations.items;
  const items = useMemo(
    () =>
      selected && !found?.some((organisation) => organisation.id === selected.id)
        ? [selected, ...(found ?? [])]
        : (found ?? []),
    [found, selected],
  );

  const options = useMemo(
    () =>
      items.map((organisation) => ({
        value: organisation.id,
        label: `${organisationName(organisation, format.locale)} (${organisation.country})`,
        disabled: disabledIds?.has(organisation.id) ?? false,
      })),
    [items, format.locale, disabledIds],
  );

  return (
    <Select
      {...props}
      data={options}
      searchable
      searchValue={search}
      onSearchChange={(value) => setSearch(value.slice(0, SEARCH_MAX))}
      onChange={(value, option) => {
        onChange?.(value, option);
        onOrganisationChange?.(items.find((organisation) => organisation.id === value) ?? null);
      }}
      // The server already filtered; filtering again would hide matches on other fields.
      filter={({ options: all }) => all}
      nothingFoundMessage={t('organisations.noneFound')}
    />
  );
}
