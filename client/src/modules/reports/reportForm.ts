import { FieldMessage, NARRATIVE_MAX, REVIEW_COMMENT_MAX, ReviewDecision } from '@spilno/shared';
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

/** A period's dates in order (YYYY-MM-DD compare as dates): the server says the same. */
export function periodFormErrors(values: PeriodFormValues): Partial<Record<string, FieldMessage>> {
  const errors: Partial<Record<string, FieldMessage>> = {};
  for (const field of ['startsOn', 'endsOn', 'dueOn'] as const) {
    if (!values[field]) errors[field] = FieldMessage.REQUIRED;
  }
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
    errors.endsOn = FieldMessage.END_BEFORE_START;
  }
  if (values.endsOn && values.dueOn && values.dueOn < values.endsOn) {
    errors.dueOn = FieldMessage.END_BEFORE_START;
  }
  return errors;
}
