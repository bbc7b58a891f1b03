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
