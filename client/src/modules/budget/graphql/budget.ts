import { graphql } from '../../../generated';

export const BudgetQuery = graphql(`
  query Budget($programmeId: ID!) {
    programme(id: $programmeId) {
      id
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
