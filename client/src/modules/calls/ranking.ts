/** One evaluator's score of an application at its current stage. */
export interface EvaluatorScore {
  score: number | null;
}

export interface Ranked<T> {
  item: T;
  rank: number;
  /** Highest minus lowest evaluator score; null with fewer than two. */
  spread: number | null;
  /** Whether the evaluators disagree by more than `threshold` of the score's range. */
  disagreement: boolean;
}

/**
 * Applications ranked by score, best first (unscored last), with the spread between their
 * evaluators. Ties share a rank. `range` is the top score a criterion allows, so the flag of
 * a large disagreement means the same on a 5- and a 10-point scale.
 */
export function rankApplications<T extends { score: number | null; evaluations: EvaluatorScore[] }>(
  items: readonly T[],
  range: number,
  threshold = 0.3,
): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity));
  let rank = 0;
  let previous: number | null | undefined;
  return sorted.map((item, i) => {
    if (item.score !== previous) rank = i + 1;
    previous = item.score;
    const scores = item.evaluations.map((e) => e.score).filter((s): s is number => s !== null);
    const spread = scores.length > 1 ? Math.max(...scores) - Math.min(...scores) : null;
    return {
      item,
      rank,
      spread,
      disagreement: spread !== null && range > 0 && spread / range > threshold,
    };
  });
}
