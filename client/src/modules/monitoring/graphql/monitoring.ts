import { graphql } from '../../../generated';

/**
 * The programme as monitoring needs it: who the reader is, whether they coordinate it, its
 * sides and partners (for names and for what a partner may do).
 */
export const MonitoringProgrammeQuery = graphql(`
  query MonitoringProgramme($programmeId: ID!) {
    me {
      id
      organisation {
        id
      }
    }
    programme(id: $programmeId) {
      id
      code
      canEdit
      viewerCan {
        edit
        raiseIssue
      }
      sides {
        id
        name
        country
        position
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
        viewerCan {
          raiseIssue
          answerRound
        }
      }
    }
  }
`);

/** One issue as the list shows it. */
export const IssueSummaryFragment = graphql(`
  fragment IssueSummary on MonitoringIssue {
    id
    kind
    category
    severity
    title
    status
    createdAt
    raisedBy {
      id
      name
      nameEn
    }
    assignee {
      id
      name
    }
    round {
      id
      title
    }
  }
`);

/**
 * Everything the issue page shows and an edit sends back, but its thread (IssueThread). Its
 * history comes with the server's default, the latest 100 status changes: more than an issue
 * goes through.
 */
export const IssueDetailsFragment = graphql(`
  fragment IssueDetails on MonitoringIssue {
    ...IssueSummary
    programmeId
    description
    resolution
    version
    updatedAt
    viewerCan {
      comment
      statuses
    }
    reportedBy {
      id
      name
    }
    event {
      id
      title
    }
    history {
      id
      at
      fromStatus
      toStatus
      changedBy {
        id
        name
      }
    }
  }
`);

export const MonitoringIssuesQuery = graphql(`
  query MonitoringIssues(
    $programmeId: ID!
    $status: IssueStatus
    $kind: IssueKind
    $category: IssueCategory
    $severity: IssueSeverity
    $roundId: ID
    $raisedById: ID
    $limit: Int!
    $offset: Int!
  ) {
    monitoringIssues(
      programmeId: $programmeId
      status: $status
      kind: $kind
      category: $category
      severity: $severity
      roundId: $roundId
      raisedById: $raisedById
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        ...IssueSummary
      }
    }
  }
`);

/** The latest `commentLimit` comments of the thread, oldest first. */
export const IssueThreadFragment = graphql(`
  fragment IssueThread on MonitoringIssue {
    id
    comments(limit: $commentLimit) {
      id
      at
      text
      movedTo
      author {
        id
        name
      }
    }
  }
`);

export const MonitoringIssueQuery = graphql(`
  query MonitoringIssue($id: ID!, $commentLimit: Int!) {
    monitoringIssue(id: $id) {
      ...IssueDetails
      ...IssueThread
    }
  }
`);

/** The programme's events, to say which one an issue was raised at. */
export const MonitoringEventsQuery = graphql(`
  query MonitoringEvents($programmeId: ID!) {
    events(programmeId: $programmeId, limit: 200) {
      items {
        id
        title
        startsAt
      }
    }
  }
`);

/** The first 200 of the team by name (the server's default): more than work on a programme. */
export const IssueAssigneesQuery = graphql(`
  query IssueAssignees($programmeId: ID!) {
    issueAssignees(programmeId: $programmeId) {
      id
      name
      role
    }
  }
`);

export const RaiseIssueMutation = graphql(`
  mutation RaiseIssue($programmeId: ID!, $input: IssueInput!, $idempotencyKey: String) {
    raiseIssue(programmeId: $programmeId, input: $input, idempotencyKey: $idempotencyKey) {
      ...IssueDetails
    }
  }
`);

export const UpdateIssueMutation = graphql(`
  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {
    updateIssue(id: $id, version: $version, input: $input) {
      ...IssueDetails
    }
  }
`);

export const ChangeIssueStatusMutation = graphql(`
  mutation ChangeIssueStatus(
    $id: ID!
    $version: Int!
    $status: IssueStatus!
    $comment: String
    $resolution: String
  ) {
    changeIssueStatus(
      id: $id
      version: $version
      status: $status
      comment: $comment
      resolution: $resolution
    ) {
      ...IssueDetails
    }
  }
`);

export const AssignIssueMutation = graphql(`
  mutation AssignIssue($id: ID!, $version: Int!, $assigneeId: ID) {
    assignIssue(id: $id, version: $version, assigneeId: $assigneeId) {
      ...IssueDetails
    }
  }
`);

export const CommentOnIssueMutation = graphql(`
  mutation CommentOnIssue($issueId: ID!, $text: String!) {
    commentOnIssue(issueId: $issueId, text: $text) {
      id
    }
  }
`);

/** One round with how far the partners have answered it. */
export const RoundSummaryFragment = graphql(`
  fragment RoundSummary on MonitoringRound {
    id
    title
    periodStart
    periodEnd
    status
    version
    sides {
      sideId
      partners
      submitted
      problems
      expectations
      total
    }
  }
`);

/** The latest 50 rounds (the server's default): a round a quarter for twelve years. */
export const MonitoringRoundsQuery = graphql(`
  query MonitoringRounds($programmeId: ID!) {
    monitoringRounds(programmeId: $programmeId) {
      ...RoundSummary
    }
  }
`);

export const MonitoringRoundQuery = graphql(`
  query MonitoringRound($id: ID!) {
    monitoringRound(id: $id) {
      ...RoundSummary
      programmeId
      prompts
      closedAt
      createdAt
      openedBy {
        id
        name
      }
      partners {
        partnerId
        sideId
        submitted
        submittedAt
        problems
        expectations
        total
      }
      results {
        byCategory {
          category
          problems
          expectations
          total
        }
        bySeverity {
          severity
          problems
          expectations
          total
        }
        byCategoryAndSeverity {
          category
          severity
          total
        }
      }
    }
  }
`);

export const OpenMonitoringRoundMutation = graphql(`
  mutation OpenMonitoringRound($programmeId: ID!, $input: RoundInput!) {
    openMonitoringRound(programmeId: $programmeId, input: $input) {
      ...RoundSummary
    }
  }
`);

export const CloseMonitoringRoundMutation = graphql(`
  mutation CloseMonitoringRound($id: ID!, $version: Int!) {
    closeMonitoringRound(id: $id, version: $version) {
      ...RoundSummary
      closedAt
    }
  }
`);

export const SubmitRoundAnswersMutation = graphql(`
  mutation SubmitRoundAnswers($roundId: ID!, $partnerId: ID) {
    submitRoundAnswers(roundId: $roundId, partnerId: $partnerId) {
      id
    }
  }
`);
