import { graphql } from '../../../generated';

export const BudgetQuery = graphql(`
  query Budget($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      currency
      sides {
        id
        name
        country
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
      }
      budget {
        currency
        total {
          planned
          spent
        }
        byPartner {
          id
          planned
          spent
        }
        bySide {
          id
          planned
          spent
        }
      }
    }
  }
`);
