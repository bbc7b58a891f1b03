import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { namePeriod } from '../periodLabel';

/** A reporting period's name in the interface language: "2nd half of 2012", or its dates. */
export function usePeriodName(): (startsOn: string, endsOn: string) => string {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  return useCallback(
    (startsOn: string, endsOn: string) => {
      const name = namePeriod(startsOn, endsOn);
      switch (name.kind) {
        case 'half':
          return t(name.n === 1 ? 'periodName.half1' : 'periodName.half2', { year: name.year });
        case 'quarter':
          return t('periodName.quarter', { n: name.n, year: name.year });
        case 'year':
          return t('periodName.year', { year: name.year });
        case 'month':
          return t('periodName.month', {
            month: new Intl.DateTimeFormat(format.locale, {
              month: 'long',
              year: 'numeric',
              timeZone: 'UTC',
            }).format(new Date(Date.UTC(name.year, name.month - 1, 1))),
          });
        case 'range':
          return t('periodName.range', { from: format.date(startsOn), to: format.date(endsOn) });
      }
    },
    [t, format],
  );
}
