import {
  DESCRIPTION_MAX,
  FieldMessage,
  type IssueCategory,
  type IssueKind,
  type IssueSeverity,
  TITLE_MAX,
} from '@spilno/shared';
import type { IssueDetailsFragment, IssueInput } from '../../generated/graphql';
import type { EnumValue } from '../../ui/enums';
import type { FormMessage } from '../../ui/validation';

export interface IssueFormValues extends Record<string, unknown> {
  kind: EnumValue<IssueKind>;
  category: EnumValue<IssueCategory> | null;
  severity: EnumValue<IssueSeverity>;
  title: string;
  description: string;
  raisedById: string | null;
  eventId: string | null;
}

export type IssueFormErrors = Partial<Record<keyof IssueFormValues, FormMessage>>;

/** A new issue of medium severity (a problem unless said), raised by `raisedById`. */
export function emptyIssueForm(
  raisedById: string | null,
  kind: EnumValue<IssueKind> = 'PROBLEM',
): IssueFormValues {
  return {
    kind,
    category: null,
    severity: 'MEDIUM',
    title: '',
    description: '',
    raisedById,
    eventId: null,
  };
}

export function issueToForm(issue: IssueDetailsFragment): IssueFormValues {
  return {
    kind: issue.kind,
    category: issue.category,
    severity: issue.severity,
    title: issue.title,
    description: issue.description ?? '',
    raisedById: issue.raisedBy.id,
    eventId: issue.event?.id ?? null,
  };
}

/** The server's rules, checked before sending. */
export function issueFormErrors(values: IssueFormValues): IssueFormErrors {
  const errors: IssueFormErrors = {};
  if (!values.category) errors.category = FieldMessage.REQUIRED;
  if (values.title.trim() === '') errors.title = FieldMessage.REQUIRED;
  else if (values.title.length > TITLE_MAX) errors.title = FieldMessage.TOO_LONG;
  if (values.description.length > DESCRIPTION_MAX) errors.description = FieldMessage.TOO_LONG;
  if (!values.raisedById) errors.raisedById = FieldMessage.REQUIRED;
  return errors;
}

/** The input sent for a checked form; an issue answering a round names it. */
export function toIssueInput(values: IssueFormValues, roundId: string | null = null): IssueInput {
  return {
    kind: values.kind,
    category: values.category ?? 'OTHER',
    severity: values.severity,
    title: values.title.trim(),
    description: values.description.trim() || null,
    raisedById: values.raisedById,
    eventId: values.eventId,
    roundId,
  };
}
