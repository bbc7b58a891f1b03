import { graphql } from '../../../generated';

export const PlanSummaryQuery = graphql(`
  query PlanSummary($programmeId: ID!) {
    programmeDashboard(programmeId: $programmeId) {
      programmeId
      overallProgress
      overdueActions
      actionsByStatus {
        status
        count
      }
    }
  }
`);

export const ProgrammeDashboardQuery = graphql(`
  query ProgrammeDashboard($programmeId: ID!) {
    programmeDashboard(programmeId: $programmeId) {
      programmeId
      overallProgress
      overdueActions
      actionsByStatus {
        status
        count
      }
      eventsByType {
        type
        count
      }
      attendeesBySide {
        sideId
        count
      }
      twinningByStatus {
        status
        count
      }
      topActions {
        actionId
        code
        title
        status
        progress
        overdue
      }
      eventsPerQuarter {
        quarter
        type
        sideId
        count
      }
      issuesPerQuarter {
        quarter
        status
        count
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
        byPartner {
          id
          planned
          spent
        }
      }
      balance {
        sideId
        name
        country
        partners
        eventsOrganised
        attendeesSent
        budgetPlanned
        budgetSpent
        issuesRaised
        reportsDue
        reportsOnTime
      }
    }
  }
`);

/** The portfolio, with the server's default of 100 programmes: more than an association runs. */
export const PortfolioQuery = graphql(`
  query Portfolio {
    portfolio {
      programme {
        id
        code
        title
        status
        languages
        translations {
          language
          title
          text
        }
      }
      overallProgress
      actions
      overdueActions
      eventsHeld
      eventsUpcoming
      lastEventAt
      lateReports
    }
  }
`);
