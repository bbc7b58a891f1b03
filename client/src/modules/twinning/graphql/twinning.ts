import { graphql } from '../../../generated';

/** An organisation as relations show it. */
export const TwinningPartyFragment = graphql(`
  fragment TwinningParty on Organisation {
    id
    name
    nameEn
    country
  }
`);

/** A relation as the registry, the programme tab and the picture show it. */
export const TwinningSummaryFragment = graphql(`
  fragment TwinningSummary on TwinningRelation {
    id
    kind
    status
    since
    areas
    organisationA {
      ...TwinningParty
    }
    organisationB {
      ...TwinningParty
    }
    programme {
      id
      code
    }
  }
`);

/**
 * Everything the relation page shows and a change sends back. Its history and events come
 * with the server's defaults (the latest 100 statuses, the first 100 events linked), more than
 * any relation gathers in its life.
 */
export const TwinningDetailsFragment = graphql(`
  fragment TwinningDetails on TwinningRelation {
    ...TwinningSummary
    version
    description
    programmeId
    canChange
    viewerCan {
      edit
      statuses
      moveProgramme
    }
    contacts {
      organisationId
      name
      position
      email
      phone
    }
    history {
      id
      fromStatus
      toStatus
      effectiveOn
      at
      note
      author {
        id
        name
      }
    }
    events {
      id
      programmeId
      title
      type
      startsAt
      timeZone
      status
    }
    attachments {
      ...AttachmentFields
    }
  }
`);

/** The relations matching the filters, the most recent first: the first `limit`. */
export const TwinningRelationsQuery = graphql(`
  query TwinningRelations(
    $programmeId: ID
    $status: TwinningStatus
    $country: String
    $area: String
    $limit: Int!
  ) {
    twinningRelations(
      programmeId: $programmeId
      status: $status
      country: $country
      area: $area
      limit: $limit
    ) {
      ...TwinningSummary
    }
  }
`);

export const TwinningAreasQuery = graphql(`
  query TwinningAreas {
    twinningAreas
  }
`);

export const TwinningRelationQuery = graphql(`
  query TwinningRelation($id: ID!) {
    twinningRelation(id: $id) {
      ...TwinningDetails
    }
  }
`);

/** The programmes a relation may be put in, for the form (the first 100, as the list shows). */
export const TwinningProgrammesQuery = graphql(`
  query TwinningProgrammes {
    programmes {
      id
      code
      title
      status
      viewerCan {
        proposeTwinning
      }
    }
  }
`);

/** Events a relation may be linked to: those of its programme. */
export const TwinningEventOptionsQuery = graphql(`
  query TwinningEventOptions($programmeId: ID!) {
    events(programmeId: $programmeId, limit: 200) {
      items {
        id
        title
        startsAt
        timeZone
      }
    }
  }
`);

export const CreateTwinningMutation = graphql(`
  mutation CreateTwinning($input: TwinningInput!) {
    createTwinningRelation(input: $input) {
      ...TwinningDetails
    }
  }
`);

export const UpdateTwinningMutation = graphql(`
  mutation UpdateTwinning($id: ID!, $version: Int!, $input: TwinningDetailsInput!) {
    updateTwinningRelation(id: $id, version: $version, input: $input) {
      ...TwinningDetails
    }
  }
`);

export const ChangeTwinningStatusMutation = graphql(`
  mutation ChangeTwinningStatus(
    $id: ID!
    $version: Int!
    $status: TwinningStatus!
    $note: String
    $on: LocalDate
  ) {
    changeTwinningStatus(id: $id, version: $version, status: $status, note: $note, on: $on) {
      ...TwinningDetails
    }
  }
`);

export const LinkTwinningEventMutation = graphql(`
  mutation LinkTwinningEvent($id: ID!, $eventId: ID!) {
    linkTwinningEvent(id: $id, eventId: $eventId) {
      ...TwinningDetails
    }
  }
`);

export const UnlinkTwinningEventMutation = graphql(`
  mutation UnlinkTwinningEvent($id: ID!, $eventId: ID!) {
    unlinkTwinningEvent(id: $id, eventId: $eventId) {
      ...TwinningDetails
    }
  }
`);

/** What the programme's twinning tab needs: its first side and whether you coordinate it. */
export const TwinningTabProgrammeQuery = graphql(`
  query TwinningTabProgramme($id: ID!) {
    programme(id: $id) {
      id
      code
      viewerCan {
        proposeTwinning
      }
      sides {
        id
        country
        position
      }
    }
  }
`);
