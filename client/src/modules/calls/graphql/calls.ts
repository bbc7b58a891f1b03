import { graphql } from '../../../generated';

/** The public page of a call: nothing about people, only organisations of selected groups. */
export const PublicCallQuery = graphql(`
  query PublicCall($code: String!) {
    publicCall(code: $code) {
      code
      title
      summary
      status
      opensOn
      closesOn
      closesAt
      minMembers
      maxMembers
      stages {
        name
        criteria {
          name
          weight
          maxScore
        }
      }
      deliverables
      selected {
        title
        members {
          name
          nameEn
          country
          lead
        }
      }
    }
  }
`);
