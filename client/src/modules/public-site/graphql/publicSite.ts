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

export const PublicProgrammeQuery = graphql(`
  query PublicProgramme($code: String!, $language: String) {
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
      events {
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
