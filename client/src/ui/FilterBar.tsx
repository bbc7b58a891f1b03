import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterBarProps {
  children: ReactNode;
}

/** The filters above a list: a search landmark, one column on phones. */
export function FilterBar({ children }: FilterBarProps) {
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
    </SimpleGrid>
  );
}
