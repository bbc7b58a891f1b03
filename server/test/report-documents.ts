/** The GraphQL operations of progress reports and reporting periods, as clients send them. */

export const REPORT = `id version programmeId status periodStart periodEnd narrative
  submittedAt firstSubmittedAt late canEdit canReview
  partner { id } submittedBy { id } period { id dueOn }
  reviews { decision comment author { id } }`;

export const CONTENT = `content {
  frozenAt
  actions { actionId code title fromProgress toProgress fromStatus toStatus
    notes { progress status note } }
  events { eventId title type venue totalAttendees attendees { sideId sideName count } }
  attendeesBySide { sideId sideName count }
  indicators { indicatorId name source target achieved inPeriod }
}`;

export const CREATE_REPORT = `mutation ($programmeId: ID!, $partnerId: ID!, $input: ReportInput!,
  $idempotencyKey: String) {
  createProgressReport(programmeId: $programmeId, partnerId: $partnerId, input: $input,
    idempotencyKey: $idempotencyKey) { ${REPORT} }
}`;

export const UPDATE_REPORT = `mutation ($id: ID!, $version: Int!, $input: ReportInput!,
  $idempotencyKey: String) {
  updateProgressReport(id: $id, version: $version, input: $input,
    idempotencyKey: $idempotencyKey) { ${REPORT} }
}`;

export const SUBMIT_REPORT = `mutation ($id: ID!, $version: Int!) {
  submitProgressReport(id: $id, version: $version) { ${REPORT} }
}`;

export const REVIEW_REPORT = `mutation ($id: ID!, $version: Int!, $decision: ReviewDecision!, $comment: String) {
  reviewProgressReport(id: $id, version: $version, decision: $decision, comment: $comment) { ${REPORT} }
}`;

export const REPORT_QUERY = `query ($id: ID!) { progressReport(id: $id) { ${REPORT} } }`;

export const REPORT_CONTENT = `query ($id: ID!) { progressReport(id: $id) { id ${CONTENT} } }`;

export const REPORTS = `query ($programmeId: ID!, $partnerId: ID, $status: ReportStatus, $periodStart: LocalDate) {
  progressReports(programmeId: $programmeId, partnerId: $partnerId, status: $status,
    periodStart: $periodStart) { id status periodStart partner { id } }
}`;

export const PERIOD = 'id version programmeId startsOn endsOn dueOn';

export const PERIODS = `query ($programmeId: ID!) { reportingPeriods(programmeId: $programmeId) { ${PERIOD} } }`;

export const CREATE_PERIOD = `mutation ($programmeId: ID!, $input: ReportingPeriodInput!) {
  createReportingPeriod(programmeId: $programmeId, input: $input) { ${PERIOD} }
}`;

export const UPDATE_PERIOD = `mutation ($id: ID!, $version: Int!, $input: ReportingPeriodInput!) {
  updateReportingPeriod(id: $id, version: $version, input: $input) { ${PERIOD} }
}`;

export const REMOVE_PERIOD = `mutation ($id: ID!, $version: Int!) {
  removeReportingPeriod(id: $id, version: $version)
}`;

export const GENERATE_PERIODS = `mutation ($programmeId: ID!, $months: Int, $dueDays: Int) {
  generateReportingPeriods(programmeId: $programmeId, months: $months, dueDays: $dueDays) { ${PERIOD} }
}`;

export const REPORTING_STATUS = `query ($programmeId: ID!) {
  reportingStatus(programmeId: $programmeId) {
    programmeId asOf lateCount
    periods { id startsOn endsOn dueOn }
    partners { id }
    cells { periodId partnerId reportId status late submittedOnTime }
  }
}`;

/** The first half of 2026, the default test programme's first half-year. */
export function reportInput(overrides: Record<string, unknown> = {}) {
  return {
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    narrative: 'Провели круглий стіл і підготували спільний проєкт.',
    ...overrides,
  };
}

export interface ReportData {
  id: string;
  version: number;
  status: string;
  narrative: string;
  late: boolean;
  canEdit: boolean;
  canReview: boolean;
  submittedAt: string | null;
  firstSubmittedAt: string | null;
  submittedBy: { id: string } | null;
  period: { id: string; dueOn: string } | null;
  reviews: { decision: string; comment: string | null; author: { id: string } | null }[];
}
