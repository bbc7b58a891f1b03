import { graphql } from '../../../generated';

/**
 * The events an indicator counts are listed to COUNTED_SHOWN, the first by date; one more is
 * asked for to tell whether it counts more than those.
 */
export const COUNTED_SHOWN = 100;

export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    name
    unit
    target
    achieved
    source
    eventTypes
    sideId
    twinningStatus
    twinningKinds
    countedEvents(limit: 101) {
      id
      title
      startsAt
    }
    version
  }
`);

export const IndicatorsQuery = graphql(`
  query Indicators($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      canEdit
      languages
      indicators {
        ...IndicatorFields
      }
      actions {
        id
        code
        title
      }
      sides {
        id
        name
      }
    }
  }
`);

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicator($programmeId: ID!, $input: IndicatorInput!) {
    createIndicator(programmeId: $programmeId, input: $input) {
      ...IndicatorFields
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {
    updateIndicator(id: $id, version: $version, input: $input) {
      ...IndicatorFields
    }
  }
`);

export const RemoveIndicatorMutation = graphql(`
  mutation RemoveIndicator($id: ID!, $version: Int!) {
    removeIndicator(id: $id, version: $version)
  }
`);
