import { Button, Select, SimpleGrid, type SelectProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumOptions } from './enums';

export interface FilterBarProps {
  children: ReactNode;
  /** With onClear, offers "clear filters" while any filter is set. */
  hasFilters?: boolean;
  onClear?: () => void;
}

/** The filters above a list: a search landmark, one column on phones. */
export function FilterBar({ children, hasFilters = false, onClear }: FilterBarProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 4 }}
      spacing="sm"
      mb="md"
      role="search"
      aria-label={t('common.filters')}
      style={{ alignItems: 'end' }}
    >
      {children}
      {hasFilters && onClear ? (
        <Button variant="default" onClick={onClear}>
          {t('common.clearFilters')}
        </Button>
      ) : null}
    </SimpleGrid>
  );
}

export type FilterSelectProps = Omit<SelectProps, 'clearable' | 'clearButtonProps'>;

/** A list filter that can be emptied; its clear button is named for screen readers. */
export function FilterSelect(props: FilterSelectProps) {
  const { t } = useTranslation();
  return (
    <Select {...props} clearable clearButtonProps={{ 'aria-label': t('common.clearFilters') }} />
  );
}

export interface EnumFilterProps<T extends string> extends Omit<
  FilterSelectProps,
  'data' | 'value' | 'onChange'
> {
  values: readonly T[];
  /** The option label of one value, in the interface language. */
  optionLabel: (value: T) => string;
  value: T | null;
  /** Receives the raw option value; lists narrow it again when they read the URL. */
  onChange: (value: string | null) => void;
}

/** A filter choosing one value of a shared enum. */
export function EnumFilter<T extends string>({
  values,
  optionLabel,
  value,
  onChange,
  ...props
}: EnumFilterProps<T>) {
  return (
    <FilterSelect
      {...props}
      data={enumOptions(values, optionLabel)}
      value={value}
      onChange={(next) => onChange(next)}
    />
  );
}
