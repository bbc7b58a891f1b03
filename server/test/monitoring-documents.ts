/** The GraphQL operations of monitoring, as clients send them. */

export const ISSUE = `id version kind category severity title description status resolution
  programmeId raisedBy { id } reportedBy { id } assignee { id } event { id } round { id }`;

export const RAISE_ISSUE = `mutation ($programmeId: ID!, $input: IssueInput!, $idempotencyKey: String) {
  raiseIssue(programmeId: $programmeId, input: $input, idempotencyKey: $idempotencyKey) { ${ISSUE} }
}`;

export const UPDATE_ISSUE = `mutation ($id: ID!, $version: Int!, $input: IssueInput!) {
  updateIssue(id: $id, version: $version, input: $input) { ${ISSUE} }
}`;

export const CHANGE_ISSUE_STATUS = `mutation ($id: ID!, $version: Int!, $status: IssueStatus!,
  $comment: String, $resolution: String) {
  changeIssueStatus(id: $id, version: $version, status: $status, comment: $comment,
    resolution: $resolution) { ${ISSUE} }
}`;

export const ASSIGN_ISSUE = `mutation ($id: ID!, $version: Int!, $assigneeId: ID) {
  assignIssue(id: $id, version: $version, assigneeId: $assigneeId) { ${ISSUE} }
}`;

export const COMMENT_ON_ISSUE = `mutation ($issueId: ID!, $text: String!) {
  commentOnIssue(issueId: $issueId, text: $text) { id text movedTo at author { id } }
}`;

export const ISSUE_QUERY = `query ($id: ID!) { monitoringIssue(id: $id) { ${ISSUE}
  comments { text movedTo author { id name } }
  history { fromStatus toStatus changedBy { id } at } } }`;

export const ISSUES = `query ($programmeId: ID!, $status: IssueStatus, $kind: IssueKind,
  $category: IssueCategory, $severity: IssueSeverity, $roundId: ID, $raisedById: ID,
  $limit: Int, $offset: Int) {
  monitoringIssues(programmeId: $programmeId, status: $status, kind: $kind, category: $category,
    severity: $severity, roundId: $roundId, raisedById: $raisedById, limit: $limit,
    offset: $offset) { total items { id title status kind category severity } }
}`;

export const ASSIGNEES = `query ($programmeId: ID!) { issueAssignees(programmeId: $programmeId) { id } }`;

export const ROUND = `id version title periodStart periodEnd prompts status closedAt programmeId`;

export const OPEN_ROUND = `mutation ($programmeId: ID!, $input: RoundInput!) {
  openMonitoringRound(programmeId: $programmeId, input: $input) { ${ROUND} openedBy { id } }
}`;

export const CLOSE_ROUND = `mutation ($id: ID!, $version: Int!) {
  closeMonitoringRound(id: $id, version: $version) { ${ROUND} }
}`;

export const SUBMIT_ROUND = `mutation ($roundId: ID!, $partnerId: ID) {
  submitRoundAnswers(roundId: $roundId, partnerId: $partnerId) { id }
}`;

export const ROUNDS = `query ($programmeId: ID!) { monitoringRounds(programmeId: $programmeId) { id title } }`;

export const ROUND_QUERY = `query ($id: ID!) { monitoringRound(id: $id) { ${ROUND}
  partners { partnerId sideId submitted submittedAt problems expectations total partner { id } }
  sides { sideId partners submitted problems expectations total side { id } }
  results {
    byCategory { category problems expectations total }
    bySeverity { severity problems expectations total }
    byCategoryAndSeverity { category severity problems expectations total }
  } } }`;

export const ISSUE_DASHBOARD = `query ($programmeId: ID!) {
  programmeDashboard(programmeId: $programmeId) { issuesByStatus { status count } }
}`;

/** A valid issue: a high-severity border-crossing problem. */
export function issueInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'PROBLEM',
    category: 'BORDER_CROSSING',
    severity: 'HIGH',
    title: 'Черги на пункті пропуску для громадського транспорту',
    description: 'Автобуси між громадами стоять на кордоні по 3–4 години.',
    ...overrides,
  };
}

/** A valid round: the first half of 2026 with two prompts. */
export function roundInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Моніторинг І півріччя 2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    prompts: [
      'Які проблеми прикордонної співпраці найгостріші?',
      'Чого ви очікуєте від партнерів?',
    ],
    ...overrides,
  };
}
