import { graphql } from '../../../generated';

export const ProgrammesQuery = graphql(`
  query Programmes($status: ProgrammeStatus) {
    programmes(status: $status) {
      id
      code
      title
      status
      startsOn
      endsOn
      published
      sides {
        id
        name
        country
      }
    }
  }
`);

export const ProgrammeQuery = graphql(`
  query Programme($id: ID!) {
    programme(id: $id) {
      id
      code
      title
      summary
      status
      startsOn
      endsOn
      published
      version
      sides {
        id
        name
        country
      }
      partners {
        id
        role
        side {
          id
          name
          country
        }
        organisation {
          id
          name
          nameEn
          kind
          country
        }
      }
      coordinators {
        id
        name
        email
      }
    }
  }
`);
