import {
  type ActionStatus,
  BUDGET_MAX,
  endNotBeforeStart,
  FieldMessage,
  localDateError,
  WEIGHT_MAX,
  WEIGHT_MIN,
  withinPeriod,
} from '@spilno/shared';
import type { ActionInput } from '../../generated/graphql';
import type { EnumValue } from '../../ui/enums';
import type { Period } from './timeline';

export interface ActionFormValues extends Record<string, unknown> {
  code: string;
  title: string;
  description: string;
  startsOn: string;
  dueOn: string;
  parentId: string | null;
  responsiblePartnerIds: string[];
  weight: number | string;
  plannedBudget: number | string;
  spentBudget: number | string;
  status: EnumValue<ActionStatus> | null;
}

/**
 * The date rules the server applies, checked before sending: both dates given and real,
 * inside the programme period, the due date not before the start.
 */
export function actionDateErrors(
  values: Pick<ActionFormValues, 'startsOn' | 'dueOn'>,
  period: Period,
): { startsOn: FieldMessage | null; dueOn: FieldMessage | null } {
  const check = (date: string): FieldMessage | null => {
    const invalid = localDateError(date);
    if (invalid) return invalid;
    return withinPeriod(date, { start: period.startsOn, end: period.endsOn })
      ? null
      : FieldMessage.OUTSIDE_PERIOD;
  };
  const startsOn = check(values.startsOn);
  let dueOn = check(values.dueOn);
  if (!startsOn && !dueOn && !endNotBeforeStart({ start: values.startsOn, end: values.dueOn }))
    dueOn = FieldMessage.END_BEFORE_START;
  return { startsOn, dueOn };
}

/** An optional amount or weight: empty, or a number within [min, max]. */
export function optionalNumberError(
  value: number | string,
  min: number,
  max: number,
): FieldMessage | null {
  if (value === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number)) return FieldMessage.INVALID;
  return number < min || number > max ? FieldMessage.OUT_OF_RANGE : null;
}

export const weightError = (value: number | string) =>
  optionalNumberError(value, WEIGHT_MIN, WEIGHT_MAX);
export const budgetError = (value: number | string) => optionalNumberError(value, 0, BUDGET_MAX);

/**
 * The next free code below a parent (1.2 with 1.2.1–1.2.3 → 1.2.4), or at the top level;
 * only a suggestion, the coordinator may type any code.
 */
export function suggestCode(parentCode: string | null, codes: readonly string[]): string {
  const prefix = parentCode ? `${parentCode}.` : '';
  let highest = 0;
  for (const code of codes) {
    if (!code.startsWith(prefix)) continue;
    const rest = code.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${prefix}${highest + 1}`;
}

function optionalNumber(value: number | string): number | null {
  return value === '' ? null : Number(value);
}

export interface KeptTranslation {
  language: string;
  title: string | null;
  text: string | null;
}

/**
 * The form as an ActionInput. An update replaces every field, so translations the form does
 * not edit are sent back as they were.
 */
export function toActionInput(
  values: ActionFormValues,
  translations: readonly KeptTranslation[] = [],
): ActionInput {
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    description: values.description.trim() || null,
    startsOn: values.startsOn,
    dueOn: values.dueOn,
    parentId: values.parentId,
    responsiblePartnerIds: values.responsiblePartnerIds,
    weight: optionalNumber(values.weight),
    plannedBudget: optionalNumber(values.plannedBudget),
    spentBudget: optionalNumber(values.spentBudget),
    status: values.status,
    translations: translations.map(({ language, title, text }) => ({ language, title, text })),
  };
}
