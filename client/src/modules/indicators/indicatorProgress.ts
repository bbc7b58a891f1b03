/** Achieved as a share of the target, in whole per cent (may exceed 100); null without a target. */
export function achievedShare(target: number, achieved: number): number | null {
  if (!(target > 0)) return null;
  return Math.round((achieved / target) * 100);
}
