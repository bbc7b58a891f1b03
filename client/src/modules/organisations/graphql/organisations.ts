import { graphql } from '../../../generated';

export const OrganisationsQuery = graphql(`
  query Organisations(
    $search: String
    $country: String
    $kind: OrganisationKind
    $limit: Int!
    $offset: Int!
  ) {
    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {
      total
      items {
        id
        name
        nameEn
        kind
        country
        region
        population
        parent {
          id
          name
          nameEn
        }
      }
    }
  }
`);

/** A light list for pickers (e.g. a partner user's organisation). */
export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions($search: String, $limit: Int!) {
    organisations(search: $search, limit: $limit) {
      total
      items {
        id
        name
        nameEn
        country
      }
    }
  }
`);
