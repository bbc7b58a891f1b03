import { IssueCategory, IssueSeverity } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

export interface SideProgress {
  sideId: string;
  partners: number;
  submitted: number;
}

/** Partners who submitted, of all, over every side. */
export function completion(sides: readonly SideProgress[]): {
  submitted: number;
  partners: number;
} {
  return sides.reduce(
    (sum, side) => ({
      submitted: sum.submitted + side.submitted,
      partners: sum.partners + side.partners,
    }),
    { submitted: 0, partners: 0 },
  );
}

/** Whole percent of `part` in `whole`; 0 of nothing is 0 %. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

export interface CellCount {
  category: EnumValue<IssueCategory>;
  severity: EnumValue<IssueSeverity>;
  total: number;
}

export const CATEGORIES = Object.values(IssueCategory);
export const SEVERITIES = Object.values(IssueSeverity);

/**
 * The category × severity table of a round's answers: a row per category, a count per
 * severity; pairs that did not occur are 0.
 */
export function categorySeverityMatrix(
  cells: readonly CellCount[],
): { category: EnumValue<IssueCategory>; counts: number[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    counts: SEVERITIES.map(
      (severity) =>
        cells.find((cell) => cell.category === category && cell.severity === severity)?.total ?? 0,
    ),
  }));
}
