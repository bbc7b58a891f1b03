import { graphql } from '../../../generated';

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
        organisations {
          name
          nameEn
          country
        }
        kind
        since
        areas
      }
    }
  }
`);
