import { randomId } from '@mantine/hooks';
import {
  DESCRIPTION_MAX,
  FieldMessage,
  localToday,
  NOTE_MAX,
  PERSON_MAX,
  PHONE_MAX,
  TWINNING_AREA_MAX,
  TWINNING_AREAS_MAX,
  TWINNING_CONTACTS_MAX,
  TwinningKind,
  TwinningStatus,
} from '@spilno/shared';
import type {
  TwinningDetailsFragment,
  TwinningDetailsInput,
  TwinningInput,
} from '../../generated/graphql';
import type { EnumValue } from '../../ui/enums';
import {
  email,
  maxLength,
  pastDateError,
  required,
  rules,
  type FormMessage,
} from '../../ui/validation';

export interface ContactRow extends Record<string, unknown> {
  /** Identifies the row while contacts are added and removed. */
  key: string;
  organisationId: string | null;
  name: string;
  position: string;
  email: string;
  phone: string;
}

export interface TwinningFormValues extends Record<string, unknown> {
  organisationAId: string | null;
  organisationBId: string | null;
  kind: EnumValue<TwinningKind> | null;
  status: EnumValue<TwinningStatus>;
  /** YYYY-MM-DD, or empty for today (on creation) or unknown. */
  since: string;
  areas: string[];
  programmeId: string | null;
  description: string;
  /** Why, for the first entry of the history; creation only. */
  note: string;
  contacts: ContactRow[];
}

export type TwinningFormErrors = Partial<Record<string, FormMessage>>;

export function emptyContact(organisationId: string | null = null): ContactRow {
  return { key: randomId(), organisationId, name: '', position: '', email: '', phone: '' };
}

export function emptyTwinningForm(defaults: {
  organisationAId?: string | null;
  programmeId?: string | null;
}): TwinningFormValues {
  return {
    organisationAId: defaults.organisationAId ?? null,
    organisationBId: null,
    kind: TwinningKind.MEMORANDUM,
    status: TwinningStatus.PROPOSED,
    since: '',
    areas: [],
    programmeId: defaults.programmeId ?? null,
    description: '',
    note: '',
    contacts: [],
  };
}

export function relationToForm(relation: TwinningDetailsFragment): TwinningFormValues {
  return {
    organisationAId: relation.organisationA.id,
    organisationBId: relation.organisationB.id,
    kind: relation.kind,
    status: relation.status,
    since: relation.since ?? '',
    areas: [...relation.areas],
    programmeId: relation.programmeId ?? null,
    description: relation.description ?? '',
    note: '',
    contacts: relation.contacts.map((contact) => ({
      key: randomId(),
      organisationId: contact.organisationId,
      name: contact.name,
      position: contact.position ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

/**
 * The server's rules, checked before sending: both organisations, never the same one, a real
 * date not in the future, the limits of areas and texts, and contacts who work for one of the two.
 */
export function twinningFormErrors(
  values: TwinningFormValues,
  today: string = localToday(),
): TwinningFormErrors {
  const errors: TwinningFormErrors = {};
  const put = (path: string, message: FormMessage | null) => {
    if (message) errors[path] = message;
  };
  put('organisationAId', required(values.organisationAId));
  put(
    'organisationBId',
    required(values.organisationBId) ??
      (values.organisationBId === values.organisationAId ? FieldMessage.SAME_ORGANISATION : null),
  );
  put('kind', values.kind ? null : FieldMessage.REQUIRED);
  put('since', values.since === '' ? null : pastDateError(values.since, today));
  put(
    'areas',
    values.areas.length > TWINNING_AREAS_MAX ||
      values.areas.some((area) => area.trim().length > TWINNING_AREA_MAX)
      ? FieldMessage.TOO_LONG
      : null,
  );
  put('description', maxLength(DESCRIPTION_MAX)(values.description));
  put('note', maxLength(NOTE_MAX)(values.note));
  put('contacts', values.contacts.length > TWINNING_CONTACTS_MAX ? FieldMessage.TOO_LONG : null);
  const pair = [values.organisationAId, values.organisationBId];
  values.contacts.forEach((contact, index) => {
    put(
      `contacts.${index}.organisationId`,
      required(contact.organisationId) ??
        (pair.includes(contact.organisationId) ? null : FieldMessage.UNKNOWN_REFERENCE),
    );
    put(`contacts.${index}.name`, rules(required, maxLength(PERSON_MAX))(contact.name));
    put(`contacts.${index}.position`, maxLength(PERSON_MAX)(contact.position));
    put(`contacts.${index}.email`, contact.email.trim() === '' ? null : email(contact.email));
    put(`contacts.${index}.phone`, maxLength(PHONE_MAX)(contact.phone));
  });
  return errors;
}

const blankToNull = (value: string) => value.trim() || null;

/** The details as the server takes them, from form values that passed twinningFormErrors. */
export function toDetailsInput(values: TwinningFormValues): TwinningDetailsInput {
  return {
    kind: values.kind ?? TwinningKind.MEMORANDUM,
    since: values.since || null,
    areas: values.areas.map((area) => area.trim()).filter(Boolean),
    programmeId: values.programmeId,
    description: blankToNull(values.description),
    contacts: values.contacts.map((contact) => ({
      organisationId: contact.organisationId ?? '',
      name: contact.name.trim(),
      position: blankToNull(contact.position),
      email: blankToNull(contact.email),
      phone: blankToNull(contact.phone),
    })),
  };
}

export function toTwinningInput(values: TwinningFormValues, chooseStatus: boolean): TwinningInput {
  return {
    ...toDetailsInput(values),
    organisationAId: values.organisationAId ?? '',
    organisationBId: values.organisationBId ?? '',
    // Partners always propose; the server would refuse anything else from them.
    status: chooseStatus ? values.status : TwinningStatus.PROPOSED,
    note: blankToNull(values.note),
  };
}
