import { graphql } from '../../../generated';

export const ReportingPeriodFieldsFragment = graphql(`
  fragment ReportingPeriodFields on ReportingPeriod {
    id
    version
    startsOn
    endsOn
    dueOn
  }
`);

/** The grid of the Reports tab, with what deciding who may do what there needs. */
export const ReportingStatusQuery = graphql(`
  query ReportingStatus($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      code
      startsOn
      endsOn
      canEdit
    }
    reportingStatus(programmeId: $programmeId) {
      programmeId
      asOf
      lateCount
      periods {
        ...ReportingPeriodFields
      }
      partners {
        id
        side {
          id
          name
        }
        organisation {
          id
          name
          nameEn
        }
        viewerCan {
          writeReport
        }
      }
      cells {
        periodId
        partnerId
        reportId
        status
        submittedAt
        late
        submittedOnTime
      }
    }
  }
`);

/**
 * Every report the reader may see, for programmes reporting without defined periods too. It
 * asks for the server's maximum, 500 (LIST_LIMITS.progressReports): the reports outside the
 * grid are the oldest, last in the answer, and 500 are twenty partners reporting half-yearly
 * for twelve years.
 */
export const ProgressReportsQuery = graphql(`
  query ProgressReports($programmeId: ID!) {
    progressReports(programmeId: $programmeId, limit: 500) {
      id
      status
      periodStart
      periodEnd
      submittedAt
      late
      partner {
        id
      }
    }
  }
`);

/** One report; its reviews with the server's default, the latest 50 decisions. */
export const ProgressReportFieldsFragment = graphql(`
  fragment ProgressReportFields on ProgressReport {
    id
    version
    programmeId
    status
    periodStart
    periodEnd
    narrative
    submittedAt
    firstSubmittedAt
    late
    canEdit
    canReview
    updatedAt
    period {
      id
      dueOn
    }
    submittedBy {
      id
      name
    }
    partner {
      id
      side {
        id
        name
      }
      organisation {
        id
        name
        nameEn
      }
    }
    reviews {
      id
      decision
      comment
      at
      author {
        id
        name
      }
    }
    content {
      frozenAt
      actions {
        actionId
        code
        title
        fromProgress
        toProgress
        fromStatus
        toStatus
        notes {
          at
          progress
          status
          note
        }
      }
      events {
        eventId
        type
        title
        startsAt
        endsAt
        timeZone
        venue
        outcomes
        totalAttendees
        attendees {
          sideId
          sideName
          count
        }
      }
      attendeesBySide {
        sideId
        sideName
        count
      }
      indicators {
        indicatorId
        name
        unit
        target
        achieved
        source
        inPeriod
      }
    }
  }
`);

export const ProgressReportQuery = graphql(`
  query ProgressReport($id: ID!, $programmeId: ID!) {
    progressReport(id: $id) {
      ...ProgressReportFields
    }
    programme(id: $programmeId) {
      id
      code
    }
  }
`);

export const CreateProgressReportMutation = graphql(`
  mutation CreateProgressReport(
    $programmeId: ID!
    $partnerId: ID!
    $input: ReportInput!
    $idempotencyKey: String
  ) {
    createProgressReport(
      programmeId: $programmeId
      partnerId: $partnerId
      input: $input
      idempotencyKey: $idempotencyKey
    ) {
      id
    }
  }
`);

export const UpdateProgressReportMutation = graphql(`
  mutation UpdateProgressReport(
    $id: ID!
    $version: Int!
    $input: ReportInput!
    $idempotencyKey: String
  ) {
    updateProgressReport(
      id: $id
      version: $version
      input: $input
      idempotencyKey: $idempotencyKey
    ) {
      ...ProgressReportFields
    }
  }
`);

export const SubmitProgressReportMutation = graphql(`
  mutation SubmitProgressReport($id: ID!, $version: Int!) {
    submitProgressReport(id: $id, version: $version) {
      ...ProgressReportFields
    }
  }
`);

export const ReviewProgressReportMutation = graphql(`
  mutation ReviewProgressReport(
    $id: ID!
    $version: Int!
    $decision: ReviewDecision!
    $comment: String
  ) {
    reviewProgressReport(id: $id, version: $version, decision: $decision, comment: $comment) {
      ...ProgressReportFields
    }
  }
`);

export const CreateReportingPeriodMutation = graphql(`
  mutation CreateReportingPeriod($programmeId: ID!, $input: ReportingPeriodInput!) {
    createReportingPeriod(programmeId: $programmeId, input: $input) {
      ...ReportingPeriodFields
    }
  }
`);

export const UpdateReportingPeriodMutation = graphql(`
  mutation UpdateReportingPeriod($id: ID!, $version: Int!, $input: ReportingPeriodInput!) {
    updateReportingPeriod(id: $id, version: $version, input: $input) {
      ...ReportingPeriodFields
    }
  }
`);

export const RemoveReportingPeriodMutation = graphql(`
  mutation RemoveReportingPeriod($id: ID!, $version: Int!) {
    removeReportingPeriod(id: $id, version: $version)
  }
`);

export const GenerateReportingPeriodsMutation = graphql(`
  mutation GenerateReportingPeriods($programmeId: ID!, $months: Int, $dueDays: Int) {
    generateReportingPeriods(programmeId: $programmeId, months: $months, dueDays: $dueDays) {
      ...ReportingPeriodFields
    }
  }
`);
