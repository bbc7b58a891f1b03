import { ReportStatus, ReviewDecision } from './enums';

/**
 * The progress-report workflow: DRAFT → SUBMITTED → APPROVED | CHANGES_REQUESTED, and a
 * report sent back is edited and submitted again. The server enforces it; the client offers it.
 */

/** Statuses in which the partner may still edit and submit its report. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatus[] = [
  ReportStatus.DRAFT,
  ReportStatus.CHANGES_REQUESTED,
];

export function isReportEditable(status: ReportStatus): boolean {
  return EDITABLE_REPORT_STATUSES.includes(status);
}

/** Only a submitted report waits for review. */
export function isReportReviewable(status: ReportStatus): boolean {
  return status === ReportStatus.SUBMITTED;
}

/** Where a review decision takes a submitted report. */
export function statusAfterReview(decision: ReviewDecision): ReportStatus {
  return decision === ReviewDecision.APPROVE
    ? ReportStatus.APPROVED
    : ReportStatus.CHANGES_REQUESTED;
}

/**
 * A partner is late for a period when the period's due date has passed and it has never
 * submitted its report for it. A report sent back for changes was submitted: the partner
 * met the deadline, and the review is the coordinators' turn. Dates are YYYY-MM-DD.
 */
export function isReportLate(
  dueOn: string,
  firstSubmittedAt: string | null,
  today: string,
): boolean {
  return firstSubmittedAt === null && dueOn < today;
}

/** Whether the first submission came on or before the due date (UTC calendar day). */
export function submittedOnTime(dueOn: string, firstSubmittedAt: string): boolean {
  return firstSubmittedAt.slice(0, 10) <= dueOn;
}

export interface PeriodDates {
  startsOn: string;
  endsOn: string;
  dueOn: string;
}

function parts(date: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return [y, m, d];
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/**
 * `date` plus `months` months, the day clamped to the month's length (31 January + 1 month
 * is 28 or 29 February), so month-end starts stay at month ends.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

/**
 * Consecutive reporting periods of `months` months from the programme's start (half-years
 * by default), the last one cut at the programme's end, each due `dueDays` days after it ends.
 */
export function generatePeriods(
  programme: { startsOn: string; endsOn: string },
  months = 6,
  dueDays = 30,
): PeriodDates[] {
  const periods: PeriodDates[] = [];
  if (months < 1 || programme.endsOn < programme.startsOn) return periods;
  for (let index = 0; ; index += 1) {
    const startsOn = addMonths(programme.startsOn, index * months);
    if (startsOn > programme.endsOn) break;
    const next = addMonths(programme.startsOn, (index + 1) * months);
    const end = addDays(next, -1);
    const endsOn = end < programme.endsOn ? end : programme.endsOn;
    periods.push({ startsOn, endsOn, dueOn: addDays(endsOn, dueDays) });
  }
  return periods;
}

/** Whether two date ranges share at least one day. */
export function rangesOverlap(
  a: { startsOn: string; endsOn: string },
  b: { startsOn: string; endsOn: string },
): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}
