import { graphql } from '../../../generated';

/** An active twinning relation as shown outside its registry: no contacts, no notes. */
export const PublicTwinningFieldsFragment = graphql(`
  fragment PublicTwinningFields on PublicTwinning {
    organisations {
      name
      nameEn
      country
    }
    kind
    since
    areas
  }
`);

/**
 * The public page: the latest `eventLimit` held events; the plan's top level and the active
 * relations with the server's defaults (200 and 100), more than a programme has.
 */
export const PublicProgrammeQuery = graphql(`
  query PublicProgramme($code: String!, $language: String, $eventLimit: Int!) {
    publicProgramme(code: $code, language: $language) {
      code
      title
      summary
      language
      status
      startsOn
      endsOn
      overallProgress
      sides {
        id
        name
        country
      }
      partners {
        name
        nameEn
        country
        sideId
        role
      }
      actions {
        code
        title
        status
        progress
      }
      events(limit: $eventLimit) {
        type
        title
        startsAt
        endsAt
        timeZone
        venue
        organiser
        outcomes
      }
      twinning {
        ...PublicTwinningFields
      }
    }
  }
`);
