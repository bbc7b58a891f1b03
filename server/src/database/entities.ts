import { ActionResponsible } from '../modules/action/action-responsible.entity';
import { Action } from '../modules/action/action.entity';
import { ProgressNote } from '../modules/action/progress-note.entity';
import { Attachment } from '../modules/attachment/attachment.entity';
import { CalendarFeed } from '../modules/calendar/calendar-feed.entity';
import { EventAttendance } from '../modules/event/event-attendance.entity';
import { EventParticipant } from '../modules/event/event-participant.entity';
import { Event } from '../modules/event/event.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { IssueComment } from '../modules/monitoring/issue-comment.entity';
import { IssueStatusChange } from '../modules/monitoring/issue-status-change.entity';
import { MonitoringIssue } from '../modules/monitoring/monitoring-issue.entity';
import { MonitoringRound } from '../modules/monitoring/monitoring-round.entity';
import { RoundSubmission } from '../modules/monitoring/round-submission.entity';
import { ProgrammeSignatory } from '../modules/programme/programme-signatory.entity';
import { TwinningEvent } from '../modules/twinning/twinning-event.entity';
import { TwinningRelation } from '../modules/twinning/twinning-relation.entity';
import { TwinningStatusChange } from '../modules/twinning/twinning-status-change.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { Session } from '../modules/auth/session.entity';
import { SignInThrottle } from '../modules/auth/sign-in-throttle.entity';
import { DeclaredMembers } from '../modules/organisation/declared-members.entity';
import { Membership } from '../modules/organisation/membership.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { Partner } from '../modules/programme/partner.entity';
import { ProgrammeCoordinator } from '../modules/programme/programme-coordinator.entity';
import { ProgrammeSide } from '../modules/programme/programme-side.entity';
import { Programme } from '../modules/programme/programme.entity';
import { ProgressReport } from '../modules/report/progress-report.entity';
import { ReportReview } from '../modules/report/report-review.entity';
import { ReportingPeriod } from '../modules/report/reporting-period.entity';
import { User } from '../modules/user/user.entity';

/** Listed explicitly: glob loading breaks under test transforms and bundlers. */
export const entities = [
  Action,
  ActionResponsible,
  ProgressNote,
  Indicator,
  Event,
  EventAttendance,
  EventParticipant,
  Attachment,
  CalendarFeed,
  ProgrammeSignatory,
  AuditEntry,
  Session,
  SignInThrottle,
  Membership,
  DeclaredMembers,
  Organisation,
  Partner,
  ProgrammeCoordinator,
  ProgrammeSide,
  Programme,
  User,
  TwinningRelation,
  TwinningStatusChange,
  TwinningEvent,
  MonitoringRound,
  MonitoringIssue,
  IssueComment,
  IssueStatusChange,
  RoundSubmission,
  ReportingPeriod,
  ProgressReport,
  ReportReview,
];
