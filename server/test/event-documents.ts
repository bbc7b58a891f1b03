/** The GraphQL operations of events and calendar links, as clients send them. */

export const EVENT = `id version type title startsAt endsAt timeZone startsAtLocal endsAtLocal
  format venue onlineLink status outcomes agenda { title decision } totalAttendees
  organiser { id } attendees { sideId count } participants { id } action { id }`;

export const LOG_EVENT = `mutation ($programmeId: ID!, $input: EventInput!, $idempotencyKey: String) {
  logEvent(programmeId: $programmeId, input: $input, idempotencyKey: $idempotencyKey) { ${EVENT} }
}`;

export const UPDATE_EVENT = `mutation ($id: ID!, $version: Int!, $input: EventInput!) {
  updateEvent(id: $id, version: $version, input: $input) { ${EVENT} }
}`;

export const EVENT_QUERY = `query ($id: ID!) { event(id: $id) { ${EVENT} } }`;

export const EVENTS = `query ($programmeId: ID!, $from: DateTime, $to: DateTime, $type: EventType,
  $limit: Int, $offset: Int) {
  events(programmeId: $programmeId, from: $from, to: $to, type: $type, limit: $limit,
    offset: $offset) { total items { id title startsAt type } }
}`;

export const EVENT_DASHBOARD = `query ($programmeId: ID!) { programmeDashboard(programmeId: $programmeId) {
  eventsByType { type count } attendeesBySide { sideId count }
} }`;

export const FEED_URL = `mutation ($programmeId: ID!) { calendarFeedUrl(programmeId: $programmeId) }`;
export const REVOKE_FEED = `mutation ($programmeId: ID!) { revokeCalendarFeed(programmeId: $programmeId) }`;
export const FEED_INFO = `query ($programmeId: ID!) { calendarFeed(programmeId: $programmeId) { createdAt lastUsedAt } }`;

/** A valid event input: a round table in Kharkiv on 14 April 2026, 10:00–13:00 Kyiv time. */
export function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    type: 'ROUND_TABLE',
    title: 'Круглий стіл: прикордонна співпраця',
    startsAt: '2026-04-14T10:00:00+03:00',
    endsAt: '2026-04-14T13:00:00+03:00',
    timeZone: 'Europe/Kyiv',
    venue: 'Харків, вул. Сумська 64',
    ...overrides,
  };
}
