/**
 * How much of a region's local councils an association unites. Two kinds of figure meet:
 * members listed one by one in the directory (often only some of them), and counts the
 * association declares as of a date ("382 councils, 96.7 %"). Both sides compute from here.
 */

/** Limits of a declared count. */
export const DECLARED_COUNT_MAX = 100_000;
export const DECLARED_SOURCE_MAX = 300;

/** A count the association declared, as of a date (`YYYY-MM-DD`). */
export interface DeclaredFigure {
  asOf: string;
  count: number;
  /** How many councils could be members then, when known. */
  eligibleCount: number | null;
  /** The share as the source states it, when it states one (a rounded 97 % stays 97 %). */
  statedPercent: number | null;
}

export type CoverageBasis = 'DECLARED' | 'LISTED';

export interface CoverageFigures {
  basis: CoverageBasis;
  /** Members counted: the latest declared count, or the members listed today. */
  members: number;
  /** Councils they are a share of, when known. */
  councils: number | null;
  /** Per cent with one decimal; null when the councils are not known. */
  percent: number | null;
  /** The date of the declared figure; null for the listed members (they are as of today). */
  asOf: string | null;
  /** Members listed one by one, shown beside a declared figure. */
  listedMembers: number;
}

/** `count` of `eligible` as a per cent with one decimal (382 of 395 → 96.7); null without a base. */
export function coveragePercent(count: number, eligible: number | null): number | null {
  if (!eligible || eligible <= 0) return null;
  return Math.round((count / eligible) * 1000) / 10;
}

/** A declared figure's share: as stated by its source, else computed from its counts. */
export function declaredPercent(
  figure: DeclaredFigure,
  councilsInRegion: number | null,
): number | null {
  return (
    figure.statedPercent ?? coveragePercent(figure.count, figure.eligibleCount ?? councilsInRegion)
  );
}

/** The figure with the latest date, or null. */
export function latestDeclared<T extends { asOf: string }>(figures: readonly T[]): T | null {
  return figures.reduce<T | null>(
    (latest, f) => (!latest || f.asOf > latest.asOf ? f : latest),
    null,
  );
}

/**
 * An association's coverage: its latest declared count when it has one (the directory rarely
 * lists every member), else its listed members against the councils of its region; null when
 * neither says anything.
 */
export function associationCoverage(facts: {
  listedMembers: number;
  councilsInRegion: number | null;
  declared: readonly DeclaredFigure[];
}): CoverageFigures | null {
  const { listedMembers, councilsInRegion } = facts;
  const latest = latestDeclared(facts.declared);
  if (latest) {
    return {
      basis: 'DECLARED',
      members: latest.count,
      councils: latest.eligibleCount ?? councilsInRegion,
      percent: declaredPercent(latest, councilsInRegion),
      asOf: latest.asOf,
      listedMembers,
    };
  }
  if (!councilsInRegion) return null;
  return {
    basis: 'LISTED',
    members: listedMembers,
    councils: councilsInRegion,
    percent: coveragePercent(listedMembers, councilsInRegion),
    asOf: null,
    listedMembers,
  };
}
