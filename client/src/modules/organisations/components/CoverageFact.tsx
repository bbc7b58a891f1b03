import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetailFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { formatCoverage } from '../coverage';

export interface CoverageFactProps {
  coverage: OrganisationDetailFieldsFragment['coverage'];
}

/** The coverage figure, where it comes from, and the members listed one by one beside it. */
export function CoverageFact({ coverage }: CoverageFactProps) {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  if (!coverage) return <>{t('detail.noCoverage')}</>;
  return (
    <>
      {formatCoverage(coverage, format.locale, t)}
      <Text span display="block" size="sm" c="dimmed">
        {coverage.asOf
          ? t('coverage.declaredAsOf', { date: format.date(coverage.asOf) })
          : t('coverage.fromListed')}
      </Text>
      {coverage.asOf ? (
        <Text span display="block" size="sm" c="dimmed">
          {t('coverage.listedBeside', { count: coverage.listedMembers })}
        </Text>
      ) : null}
    </>
  );
}
