import {
  endNotBeforeStart,
  FieldMessage,
  isLocalDate,
  localDateError,
  NARRATIVE_MAX,
  REVIEW_COMMENT_MAX,
  ReviewDecision,
} from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

/**
 * The narrative as the server takes it: any length up to the limit in a draft, and not
 * blank to be submitted.
 */
export function narrativeError(narrative: string, toSubmit: boolean): FieldMessage | null {
  if (narrative.length > NARRATIVE_MAX) return FieldMessage.TOO_LONG;
  if (toSubmit && narrative.trim() === '') return FieldMessage.REQUIRED;
  return null;
}

/** A report goes back with a comment saying what to change; an approval may have one. */
export function reviewCommentError(
  decision: EnumValue<ReviewDecision>,
  comment: string,
): FieldMessage | null {
  if (comment.length > REVIEW_COMMENT_MAX) return FieldMessage.TOO_LONG;
  if (decision === ReviewDecision.REQUEST_CHANGES && comment.trim() === '') {
    return FieldMessage.REQUIRED;
  }
  return null;
}

export interface PeriodFormValues extends Record<string, unknown> {
  startsOn: string;
  endsOn: string;
  dueOn: string;
}

/** A period's dates real and in order, by the shared rules the server applies too. */
export function periodFormErrors(values: PeriodFormValues): Partial<Record<string, FieldMessage>> {
  const errors: Partial<Record<string, FieldMessage>> = {};
  for (const field of ['startsOn', 'endsOn', 'dueOn'] as const) {
    const message = localDateError(values[field]);
    if (message) errors[field] = message;
  }
  // Order is judged between real dates only, so each pair is checked before either is marked.
  const outOfOrder = (start: 'startsOn' | 'endsOn', end: 'endsOn' | 'dueOn') =>
    isLocalDate(values[start]) &&
    isLocalDate(values[end]) &&
    !endNotBeforeStart({ start: values[start], end: values[end] });
  const endBeforeStart = outOfOrder('startsOn', 'endsOn');
  const dueBeforeEnd = outOfOrder('endsOn', 'dueOn');
  if (endBeforeStart) errors.endsOn = FieldMessage.END_BEFORE_START;
  if (dueBeforeEnd) errors.dueOn = FieldMessage.END_BEFORE_START;
  return errors;
}
