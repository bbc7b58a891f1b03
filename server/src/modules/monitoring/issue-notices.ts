import { issuePath, NotificationKind } from '@spilno/shared';
import type { Notice } from '../notifications/public';
import type { User } from '../users/public';
import type { MonitoringIssue } from './monitoring-issue.entity';

function about(issue: MonitoringIssue) {
  return {
    programmeId: issue.programmeId,
    record: { type: 'MonitoringIssue', id: issue.id },
    subject: issue.title,
    link: issuePath(issue.programmeId, issue.id),
  };
}

/** A raised issue, for the programme's coordinators to triage. */
export function issueRaised(actor: User, issue: MonitoringIssue): Notice {
  return {
    kind: NotificationKind.ISSUE_RAISED,
    actorId: actor.id,
    ...about(issue),
    audience: [{ coordinatorsOf: issue.programmeId }],
    key: `${NotificationKind.ISSUE_RAISED}:${issue.id}`,
  };
}

/** An issue's new status, for the staff of the organisation that raised it. */
export function issueStatusChanged(actor: User, issue: MonitoringIssue): Notice {
  return {
    kind: NotificationKind.ISSUE_STATUS_CHANGED,
    actorId: actor.id,
    ...about(issue),
    audience: [{ organisations: [issue.raisedById] }],
    detail: issue.status,
    key: `${NotificationKind.ISSUE_STATUS_CHANGED}:${issue.id}:${issue.version}`,
  };
}
