import { NotificationKind, progressReportPath, type ReviewDecision } from '@spilno/shared';
import type { Notice } from '../notifications/public';
import type { User } from '../users/public';
import type { ProgressReport } from './progress-report.entity';

function about(report: ProgressReport) {
  return {
    programmeId: report.programmeId,
    record: { type: 'ProgressReport', id: report.id },
    subject: `${report.periodStart} – ${report.periodEnd}`,
    link: progressReportPath(report.programmeId, report.id),
  };
}

/** A submitted report, for the programme's coordinators to review. */
export function reportSubmitted(actor: User, report: ProgressReport): Notice {
  return {
    kind: NotificationKind.REPORT_SUBMITTED,
    actorId: actor.id,
    ...about(report),
    audience: [{ coordinatorsOf: report.programmeId }],
    key: `${NotificationKind.REPORT_SUBMITTED}:${report.id}:${report.version}`,
  };
}

/** A coordinator's decision, for the staff of the organisation that wrote the report. */
export function reportReviewed(
  actor: User,
  report: ProgressReport,
  organisationId: string,
  decision: ReviewDecision,
): Notice {
  return {
    kind: NotificationKind.REPORT_REVIEWED,
    actorId: actor.id,
    ...about(report),
    audience: [{ organisations: [organisationId] }],
    detail: decision,
    key: `${NotificationKind.REPORT_REVIEWED}:${report.id}:${report.version}`,
  };
}
