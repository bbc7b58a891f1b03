import { graphql } from '../../../generated';

/** One event as the list and the calendar show it, its title in every working language. */
export const EventSummaryFragment = graphql(`
  fragment EventSummary on Event {
    id
    type
    title
    startsAt
    endsAt
    timeZone
    status
    totalAttendees
    organiser {
      id
    }
    attendees {
      sideId
      count
    }
    translations {
      language
      title
      text
    }
  }
`);

/** Everything the event page shows and an update sends back. */
export const EventDetailsFragment = graphql(`
  fragment EventDetails on Event {
    ...EventSummary
    programmeId
    description
    format
    venue
    onlineLink
    outcomes
    version
    updatedAt
    viewerCan {
      edit
      attach
    }
    action {
      id
      code
      title
    }
    agenda {
      title
      decision
    }
    participants {
      id
      name
      nameEn
    }
  }
`);

/**
 * The programme as the events need it: what the reader may do (`viewerCan`, the server's
 * decision) and, for the organiser a partner user logs for, their role and organisation.
 */
export const EventsProgrammeQuery = graphql(`
  query EventsProgramme($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      code
      canEdit
      viewerCan {
        edit
        logEvent
      }
      languages
      startsOn
      endsOn
      sides {
        id
        name
        country
        position
      }
      partners {
        id
        side {
          id
        }
        organisation {
          id
          name
          nameEn
        }
        viewerCan {
          organiseEvent
        }
      }
      actions {
        id
        code
        title
      }
    }
  }
`);

export const EventsQuery = graphql(`
  query Events(
    $programmeId: ID!
    $from: DateTime
    $to: DateTime
    $type: EventType
    $limit: Int!
    $offset: Int!
  ) {
    events(
      programmeId: $programmeId
      from: $from
      to: $to
      type: $type
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        ...EventSummary
      }
    }
  }
`);

/** The programme's events in start order, one at `offset`: the last one is the latest. */
export const EventAtQuery = graphql(`
  query EventAt($programmeId: ID!, $offset: Int!) {
    events(programmeId: $programmeId, limit: 1, offset: $offset) {
      total
      items {
        id
        startsAt
        timeZone
      }
    }
  }
`);

export const EventQuery = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventDetails
    }
  }
`);

export const LogEventMutation = graphql(`
  mutation LogEvent($programmeId: ID!, $input: EventInput!, $idempotencyKey: String) {
    logEvent(programmeId: $programmeId, input: $input, idempotencyKey: $idempotencyKey) {
      ...EventDetails
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {
    updateEvent(id: $id, version: $version, input: $input) {
      ...EventDetails
    }
  }
`);

export const CalendarFeedQuery = graphql(`
  query CalendarFeed($programmeId: ID!) {
    calendarFeed(programmeId: $programmeId) {
      createdAt
      lastUsedAt
    }
  }
`);

export const CalendarFeedUrlMutation = graphql(`
  mutation CalendarFeedUrl($programmeId: ID!) {
    calendarFeedUrl(programmeId: $programmeId)
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($programmeId: ID!) {
    revokeCalendarFeed(programmeId: $programmeId)
  }
`);

/** An attached file as `AttachmentsPanel` lists it, for events and twinning relations alike. */
export const AttachmentFieldsFragment = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    size
    createdAt
    downloadPath
  }
`);

export const EventAttachmentsQuery = graphql(`
  query EventAttachments($id: ID!) {
    event(id: $id) {
      id
      attachments {
        ...AttachmentFields
      }
    }
  }
`);

export const RemoveAttachmentMutation = graphql(`
  mutation RemoveAttachment($id: ID!) {
    removeAttachment(id: $id)
  }
`);
