import { FieldMessage, type FieldError } from '@spilno/shared';
import { DateTime } from 'luxon';
import { endNotBeforeStart } from '../../common/dates';
import { canonicalTimeZone, isTimeZone } from '../../common/time-zones';
import type { CallStage } from './call.entity';
import type { CallInput, ScoreInput } from './call.inputs';

export const DEFAULT_CALL_ZONE = 'Europe/Kyiv';

/** The instant submissions end: the end of the closing day in the call's time zone. */
export function closingInstant(call: { closesOn: string; timeZone: string }): Date {
  return DateTime.fromISO(call.closesOn, { zone: call.timeZone })
    .plus({ days: 1 })
    .startOf('day')
    .toJSDate();
}

/** What the decorators cannot say about a call: its dates, zone, sizes and unique names. */
export function callErrors(input: CallInput): FieldError[] {
  const errors = endNotBeforeStart({ start: input.opensOn, end: input.closesOn }, 'input.closesOn');
  if (input.timeZone && !isTimeZone(input.timeZone)) {
    errors.push({ field: 'input.timeZone', message: FieldMessage.INVALID });
  }
  if (input.maxMembers < input.minMembers) {
    errors.push({ field: 'input.maxMembers', message: FieldMessage.OUT_OF_RANGE });
  }
  input.stages.forEach((stage, s) => {
    const seen = new Set<string>();
    stage.criteria.forEach((criterion, c) => {
      const name = criterion.name.trim();
      if (seen.has(name)) {
        errors.push({
          field: `input.stages.${s}.criteria.${c}.name`,
          message: FieldMessage.DUPLICATE,
        });
      }
      seen.add(name);
    });
  });
  return errors;
}

/** The stored form of a call's input. */
export function callFields(input: CallInput) {
  return {
    code: input.code.trim(),
    title: input.title.trim(),
    summary: input.summary?.trim() || null,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    timeZone: input.timeZone
      ? (canonicalTimeZone(input.timeZone) ?? input.timeZone)
      : DEFAULT_CALL_ZONE,
    minMembers: input.minMembers,
    maxMembers: input.maxMembers,
    stages: input.stages.map((stage) => ({
      name: stage.name.trim(),
      criteria: stage.criteria.map((c) => ({
        name: c.name.trim(),
        weight: c.weight,
        maxScore: c.maxScore,
      })),
    })),
    deliverables: (input.deliverables ?? []).map((d) => d.trim()),
  };
}

/**
 * The scores must cover every criterion of the stage once, each within 0..maxScore; the
 * fields are named by their index in `scores`.
 */
export function scoreErrors(stage: CallStage, scores: readonly ScoreInput[]): FieldError[] {
  const errors: FieldError[] = [];
  const named = new Set<string>();
  scores.forEach((entry, i) => {
    const criterion = stage.criteria.find((c) => c.name === entry.criterion.trim());
    if (!criterion) {
      errors.push({ field: `scores.${i}.criterion`, message: FieldMessage.UNKNOWN_REFERENCE });
      return;
    }
    if (named.has(criterion.name)) {
      errors.push({ field: `scores.${i}.criterion`, message: FieldMessage.DUPLICATE });
    }
    named.add(criterion.name);
    if (entry.score > criterion.maxScore) {
      errors.push({ field: `scores.${i}.score`, message: FieldMessage.ABOVE_MAX });
    }
  });
  if (!errors.length && named.size < stage.criteria.length) {
    errors.push({ field: 'scores', message: FieldMessage.REQUIRED });
  }
  return errors;
}

export interface StoredScore {
  evaluatorId: string;
  criterion: string;
  score: number;
}

/** One evaluator's weighted mean over the stage's criteria (scores they gave). */
export function evaluatorScore(stage: CallStage, scores: readonly StoredScore[]): number | null {
  let total = 0;
  let weights = 0;
  for (const criterion of stage.criteria) {
    const given = scores.find((s) => s.criterion === criterion.name);
    if (!given) continue;
    total += criterion.weight * given.score;
    weights += criterion.weight;
  }
  return weights > 0 ? total / weights : null;
}

/** The application's score at a stage: the mean of its evaluators' weighted means. */
export function stageScore(
  stage: CallStage | undefined,
  scores: readonly StoredScore[],
): number | null {
  if (!stage) return null;
  const byEvaluator = new Map<string, StoredScore[]>();
  for (const s of scores)
    byEvaluator.set(s.evaluatorId, [...(byEvaluator.get(s.evaluatorId) ?? []), s]);
  const means = [...byEvaluator.values()]
    .map((own) => evaluatorScore(stage, own))
    .filter((m): m is number => m !== null);
  return means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
}
