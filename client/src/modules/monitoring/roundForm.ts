import {
  endNotBeforeStart,
  FieldMessage,
  localDateError,
  PROMPT_MAX,
  ROUND_PROMPTS_MAX,
  TITLE_MAX,
} from '@spilno/shared';
import type { RoundInput } from '../../generated/graphql';
import type { FormMessage } from '../../ui/validation';

export interface RoundFormValues extends Record<string, unknown> {
  title: string;
  periodStart: string;
  periodEnd: string;
  /** One question per line. */
  prompts: string;
}

export type RoundFormErrors = Partial<Record<keyof RoundFormValues, FormMessage>>;

/** The questions typed one per line, blank lines dropped. */
export function promptLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function roundFormErrors(values: RoundFormValues): RoundFormErrors {
  const errors: RoundFormErrors = {};
  if (values.title.trim() === '') errors.title = FieldMessage.REQUIRED;
  else if (values.title.length > TITLE_MAX) errors.title = FieldMessage.TOO_LONG;
  const periodStart = localDateError(values.periodStart);
  const periodEnd = localDateError(values.periodEnd);
  if (periodStart) errors.periodStart = periodStart;
  if (periodEnd) errors.periodEnd = periodEnd;
  else if (!periodStart && !endNotBeforeStart({ start: values.periodStart, end: values.periodEnd }))
    errors.periodEnd = FieldMessage.END_BEFORE_START;
  const prompts = promptLines(values.prompts);
  if (prompts.length > ROUND_PROMPTS_MAX || prompts.some((p) => p.length > PROMPT_MAX))
    errors.prompts = FieldMessage.TOO_LONG;
  return errors;
}

export function toRoundInput(values: RoundFormValues): RoundInput {
  return {
    title: values.title.trim(),
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    prompts: promptLines(values.prompts),
  };
}
