import type { TFunction } from 'i18next';

export interface CoverageFigures {
  members: number;
  councils: number;
  /** Per cent with one decimal, as the server computes it. */
  percent: number;
}

/** "382 of 395 councils, 96.7 %" with the number formatting of the interface language. */
export function formatCoverage(
  coverage: CoverageFigures,
  locale: string,
  t: TFunction<'directory'>,
): string {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return t('coverage.value', {
    members: count.format(coverage.members),
    councils: count.format(coverage.councils),
    percent: percent.format(coverage.percent),
  });
}
