import {
  ATTENDEES_MAX,
  DESCRIPTION_MAX,
  type EventFormat,
  EventStatus,
  type EventType,
  FieldMessage,
  hasStarted,
  OUTCOMES_MAX,
  TITLE_MAX,
  URL_MAX,
  VENUE_MAX,
} from '@spilno/shared';
import type { EventInput } from '../../generated/graphql';
import type { EnumValue } from '../../ui/enums';
import type { FormMessage } from '../../ui/validation';
import {
  translationErrors,
  translationsToForm,
  translationsToInput,
  type StoredTranslation,
  type TranslationValues,
} from '../programmes/public';
import { instantToZoned, isTimeZone, zonedToInstant } from './eventTime';

export interface AgendaRow extends Record<string, unknown> {
  title: string;
  decision: string;
}

export interface EventFormValues extends Record<string, unknown> {
  type: EnumValue<EventType> | null;
  title: string;
  /** Wall-clock `YYYY-MM-DDTHH:mm` in `timeZone`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  organiserPartnerId: string | null;
  status: EnumValue<EventStatus>;
  // The details, edited on the event page after the short form.
  format: EnumValue<EventFormat>;
  venue: string;
  onlineLink: string;
  description: string;
  actionId: string | null;
  /** Side id → attendees from that side, as typed. */
  attendees: Record<string, number | string>;
  outcomes: string;
  agenda: AgendaRow[];
  /** Title and description in the programme's other working languages. */
  translations: TranslationValues;
}

export type EventFormErrors = Partial<Record<string, FormMessage>>;

function textError(value: string, max: number, isRequired = false): FormMessage | null {
  if (isRequired && value.trim() === '') return FieldMessage.REQUIRED;
  return value.length > max ? FieldMessage.TOO_LONG : null;
}

/**
 * The rules the server applies, checked before sending: type, title, both times real in a
 * known zone, the end after the start, HELD only once started, sane counts and lengths.
 * Keyed by form path.
 */
export function eventFormErrors(values: EventFormValues, now: Date = new Date()): EventFormErrors {
  const errors: EventFormErrors = {};
  const put = (path: string, message: FormMessage | null) => {
    if (message) errors[path] = message;
  };
  put('type', values.type ? null : FieldMessage.REQUIRED);
  put('title', textError(values.title, TITLE_MAX, true));
  const zoneKnown = isTimeZone(values.timeZone);
  put(
    'timeZone',
    values.timeZone.trim() === '' ? FieldMessage.REQUIRED : zoneKnown ? null : FieldMessage.INVALID,
  );
  const instant = (local: string): { message: FieldMessage | null; at: number | null } => {
    if (local.trim() === '') return { message: FieldMessage.REQUIRED, at: null };
    const iso = zonedToInstant(local, zoneKnown ? values.timeZone : 'UTC');
    return iso
      ? { message: null, at: Date.parse(iso) }
      : { message: FieldMessage.INVALID_DATE, at: null };
  };
  const start = instant(values.startsAt);
  const end = instant(values.endsAt);
  put('startsAt', start.message);
  put(
    'endsAt',
    end.message ??
      (start.at !== null && end.at !== null && end.at < start.at
        ? FieldMessage.END_BEFORE_START
        : null),
  );
  put(
    'status',
    values.status === EventStatus.HELD && start.at !== null && !hasStarted(new Date(start.at), now)
      ? FieldMessage.NOT_STARTED
      : null,
  );
  put('venue', textError(values.venue, VENUE_MAX));
  put('description', textError(values.description, DESCRIPTION_MAX));
  put('outcomes', textError(values.outcomes, OUTCOMES_MAX));
  const link = values.onlineLink.trim();
  put(
    'onlineLink',
    link === ''
      ? null
      : link.length > URL_MAX
        ? FieldMessage.TOO_LONG
        : /^https?:\/\/\S+$/i.test(link)
          ? null
          : FieldMessage.INVALID,
  );
  for (const [sideId, count] of Object.entries(values.attendees)) {
    if (count === '') continue;
    const number = Number(count);
    put(
      `attendees.${sideId}`,
      !Number.isInteger(number)
        ? FieldMessage.INVALID
        : number < 0 || number > ATTENDEES_MAX
          ? FieldMessage.OUT_OF_RANGE
          : null,
    );
  }
  values.agenda.forEach((item, index) => {
    put(`agenda.${index}.title`, textError(item.title, TITLE_MAX, true));
    put(`agenda.${index}.decision`, textError(item.decision, DESCRIPTION_MAX));
  });
  return {
    ...errors,
    ...translationErrors(values.translations, Object.keys(values.translations), DESCRIPTION_MAX),
  };
}

export interface EventDefaults {
  timeZone: string;
  organiserPartnerId: string | null;
  sideIds: readonly string[];
}

export function emptyEventForm(defaults: EventDefaults): EventFormValues {
  return {
    type: null,
    title: '',
    startsAt: '',
    endsAt: '',
    timeZone: defaults.timeZone,
    organiserPartnerId: defaults.organiserPartnerId,
    status: 'PLANNED',
    format: 'IN_PERSON',
    venue: '',
    onlineLink: '',
    description: '',
    actionId: null,
    attendees: Object.fromEntries(defaults.sideIds.map((id) => [id, ''])),
    outcomes: '',
    agenda: [],
    translations: {},
  };
}

export interface EditableEvent {
  type: EnumValue<EventType>;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: EnumValue<EventStatus>;
  format: EnumValue<EventFormat>;
  venue?: string | null;
  onlineLink?: string | null;
  description?: string | null;
  outcomes?: string | null;
  organiser?: { id: string } | null;
  action?: { id: string } | null;
  attendees: readonly { sideId: string; count: number }[];
  agenda: readonly { title: string; decision?: string | null }[];
  translations: readonly StoredTranslation[];
}

export function eventToForm(event: EditableEvent, sideIds: readonly string[]): EventFormValues {
  const counts = new Map(event.attendees.map((row) => [row.sideId, row.count]));
  return {
    type: event.type,
    title: event.title,
    startsAt: instantToZoned(event.startsAt, event.timeZone),
    endsAt: instantToZoned(event.endsAt, event.timeZone),
    timeZone: event.timeZone,
    organiserPartnerId: event.organiser?.id ?? null,
    status: event.status,
    format: event.format,
    venue: event.venue ?? '',
    onlineLink: event.onlineLink ?? '',
    description: event.description ?? '',
    actionId: event.action?.id ?? null,
    attendees: Object.fromEntries(sideIds.map((id) => [id, counts.get(id) ?? ''])),
    outcomes: event.outcomes ?? '',
    agenda: event.agenda.map((item) => ({ title: item.title, decision: item.decision ?? '' })),
    translations: translationsToForm(event.translations),
  };
}

/** What an update sends besides the form: an update replaces every field. */
export interface EventUpdateExtras {
  /** Not edited in the form, so sent back as they were. */
  participantOrganisationIds: string[];
  /** The programme's working languages other than the first, whose translations are sent. */
  translationLanguages: readonly string[];
}

/**
 * The form as an EventInput; with `update`, everything an update needs. Call only with
 * values that passed eventFormErrors.
 */
export function toEventInput(values: EventFormValues, update?: EventUpdateExtras): EventInput {
  const optional = (text: string) => text.trim() || null;
  const attendees = Object.entries(values.attendees)
    .filter(([, count]) => count !== '')
    .map(([sideId, count]) => ({ sideId, count: Number(count) }));
  return {
    type: values.type ?? 'OTHER',
    title: values.title.trim(),
    startsAt: zonedToInstant(values.startsAt, values.timeZone) ?? values.startsAt,
    endsAt: zonedToInstant(values.endsAt, values.timeZone) ?? values.endsAt,
    timeZone: values.timeZone,
    organiserPartnerId: values.organiserPartnerId,
    status: values.status,
    format: values.format,
    venue: optional(values.venue),
    onlineLink: optional(values.onlineLink),
    description: optional(values.description),
    actionId: values.actionId,
    attendees,
    outcomes: optional(values.outcomes),
    agenda: values.agenda.map((item) => ({
      title: item.title.trim(),
      decision: optional(item.decision),
    })),
    ...(update
      ? {
          participantOrganisationIds: update.participantOrganisationIds,
          translations: translationsToInput(values.translations, update.translationLanguages),
        }
      : {}),
  };
}

export interface EventAccess {
  /** Whether the reader runs the programme (its `viewerCan.edit`, the server's decision). */
  canEdit: boolean;
  /** Whether the reader may log events (its `viewerCan.logEvent`). */
  canLog: boolean;
  partners: readonly { id: string; viewerCan: { organiseEvent: boolean } }[];
}

/**
 * The partners the reader may name as an event's organiser, as the server says per partner:
 * a partner user its own organisation's, those who run the programme every one.
 */
export function organiserPartnerIds(access: EventAccess): string[] {
  return access.partners
    .filter((partner) => partner.viewerCan.organiseEvent)
    .map((partner) => partner.id);
}
