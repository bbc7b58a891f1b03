import type { TFunction } from 'i18next';

export interface CoverageFigures {
  members: number;
  councils: number | null;
  /** Per cent with one decimal, as the server computes it (or as the source states it). */
  percent: number | null;
}

/**
 * "382 of 395 councils, 96.7 %" with the number formatting of the interface language;
 * "62 councils, 97 %" when only the share is known, "62 councils" when neither.
 */
export function formatCoverage(
  coverage: CoverageFigures,
  locale: string,
  t: TFunction<'organisations'>,
): string {
  const count = new Intl.NumberFormat(locale);
  const members = count.format(coverage.members);
  const percent =
    coverage.percent === null
      ? null
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(coverage.percent);
  if (coverage.councils !== null && percent !== null)
    return t('coverage.value', { members, councils: count.format(coverage.councils), percent });
  if (percent !== null) return t('coverage.withPercent', { members, percent });
  return t('coverage.membersOnly', { members });
}
