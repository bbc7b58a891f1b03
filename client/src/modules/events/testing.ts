import type { MockLink } from '@apollo/client/testing';
import type { EventDetailsFragment, EventsProgrammeQuery } from '../../generated/graphql';
import { twoSides, typed } from '../../test/fixtures';
import {
  EventAttachmentsQuery,
  EventQuery,
  EventsProgrammeQuery as Programme,
} from './graphql/events';

/** Test data: a two-side programme working in Ukrainian, Russian and English, and its events. */

export const PROGRAMME_ID = 'programme-1';
export const EVENT_ID = 'event-1';

export function eventsProgramme(
  options: { canEdit?: boolean; languages?: string[]; startsOn?: string; endsOn?: string } = {},
): EventsProgrammeQuery {
  return {
    programme: typed('Programme', {
      id: PROGRAMME_ID,
      code: 'KH-BE-2012',
      canEdit: options.canEdit ?? false,
      viewerCan: typed('ProgrammeAbilities', {
        edit: options.canEdit ?? false,
        logEvent: options.canEdit ?? false,
      }),
      languages: options.languages ?? ['uk', 'ru', 'en'],
      startsOn: options.startsOn ?? '2012-01-01',
      endsOn: options.endsOn ?? '2014-12-31',
      sides: twoSides(),
      partners: [
        typed('Partner', {
          id: 'p-kh',
          side: typed('ProgrammeSide', { id: 'side-kh' }),
          organisation: typed('Organisation', {
            id: 'org-kh',
            name: 'Харківська обласна рада',
            nameEn: 'Kharkiv Regional Council',
          }),
          viewerCan: typed('PartnerAbilities', { organiseEvent: options.canEdit ?? false }),
        }),
      ],
      actions: [],
    }),
  };
}

export function eventDetails(overrides: Partial<EventDetailsFragment> = {}): EventDetailsFragment {
  return typed('Event', {
    id: EVENT_ID,
    programmeId: PROGRAMME_ID,
    type: 'ROUND_TABLE',
    title: 'Круглий стіл: прикордонна торгівля',
    description: 'Ринки та пункти пропуску.',
    startsAt: '2012-10-11T08:00:00.000Z',
    endsAt: '2012-10-11T11:00:00.000Z',
    timeZone: 'Europe/Kyiv',
    status: 'HELD',
    format: 'IN_PERSON',
    venue: 'Харків',
    onlineLink: null,
    outcomes: null,
    version: 3,
    updatedAt: '2012-10-12T08:00:00.000Z',
    totalAttendees: 0,
    organiser: typed('Partner', { id: 'p-kh' }),
    viewerCan: typed('EventAbilities', { edit: false, attach: false }),
    action: null,
    agenda: [],
    attendees: [],
    participants: [],
    translations: [],
    ...overrides,
  });
}

/** What the event page asks for: the programme, the event and its (no) files. */
export function eventPageMocks(
  event: EventDetailsFragment,
  programme: EventsProgrammeQuery = eventsProgramme(),
): MockLink.MockedResponse[] {
  return [
    {
      request: { query: Programme, variables: { programmeId: PROGRAMME_ID } },
      result: { data: programme },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: EventQuery, variables: { id: event.id } },
      result: { data: { event } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: EventAttachmentsQuery, variables: { id: event.id } },
      result: { data: { event: typed('Event', { id: event.id, attachments: [] }) } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

export function translation(language: string, title: string | null, text: string | null) {
  return typed('Translation', { language, title, text });
}
