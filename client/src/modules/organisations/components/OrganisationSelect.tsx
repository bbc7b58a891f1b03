import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { SEARCH_MAX } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { OrganisationOptionsQuery } from '../graphql/organisations';
import { organisationName } from '../organisationName';

const OPTION_LIMIT = 20;

export type OrganisationSelectProps = Omit<
  SelectProps,
  'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'
>;

/** A searchable organisation picker that asks the server, as the directory is large. */
export function OrganisationSelect(props: OrganisationSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const { data, previousData } = useQuery(OrganisationOptionsQuery, {
    variables: { search: debouncedSearch || null, limit: OPTION_LIMIT },
  });
  const items = (data ?? previousData)?.organisations.items;

  const options = useMemo(
    () =>
      (items ?? []).map((organisation) => ({
        value: organisation.id,
        label: `${organisationName(organisation, format.locale)} (${organisation.country})`,
      })),
    [items, format.locale],
  );

  return (
    <Select
      {...props}
      data={options}
      searchable
      searchValue={search}
      onSearchChange={(value) => setSearch(value.slice(0, SEARCH_MAX))}
      // The server already filtered; filtering again would hide matches on other fields.
      filter={({ options: all }) => all}
      nothingFoundMessage={t('organisations.noneFound')}
    />
  );
}
