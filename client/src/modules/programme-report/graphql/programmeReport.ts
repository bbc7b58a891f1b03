import { graphql } from '../../../generated';

export const ProgrammeReportQuery = graphql(`
  query ProgrammeReport($id: ID!) {
    programme(id: $id) {
      id
      code
      title
      summary
      status
      startsOn
      endsOn
      currency
      languages
      translations {
        language
        title
        text
      }
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
        }
        organisation {
          id
          name
          nameEn
        }
      }
      actions {
        id
        code
        title
        status
        progress
        dueOn
        overdue
        parent {
          id
        }
      }
      indicators {
        id
        name
        unit
        target
        achieved
      }
      budget {
        currency
        total {
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
    programmeDashboard(programmeId: $id) {
      programmeId
      overallProgress
      overdueActions
      twinningByStatus {
        status
        count
      }
      issuesByStatus {
        status
        count
      }
      cooperation {
        activeTwinning {
          ...PublicTwinningFields
        }
        issuesByCategory {
          category
          count
        }
        severeOpenIssues {
          id
          title
          category
          severity
          status
          raisedBy
          raisedAt
        }
        severeOpenIssueCount
        reporting {
          periodId
          startsOn
          endsOn
          dueOn
          partners {
            partnerId
            organisation
            submittedOnTime
            late
          }
        }
      }
    }
    events(programmeId: $id, limit: 200) {
      total
      items {
        id
        type
        title
        status
        startsAt
        endsAt
        timeZone
        venue
        totalAttendees
        organiser {
          id
          organisation {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);
