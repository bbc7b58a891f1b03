import {
  ActionStatus,
  ApplicationStatus,
  CallStatus,
  StageDecision,
  AuditAction,
  EmailFrequency,
  EventStatus,
  EventFormat,
  IndicatorSource,
  EventType,
  IssueCategory,
  IssueKind,
  IssueSeverity,
  IssueStatus,
  MonitoringRoundStatus,
  NotificationKind,
  OrganisationKind,
  PartnerRole,
  ProgrammeStatus,
  ReportStatus,
  ReviewDecision,
  Role,
  TwinningKind,
  TwinningStatus,
} from '@spilno/shared';
import { registerEnumType } from 'type-graphql';

/** GraphQL names of the shared enums; registered once, before the schema is built. */
const ENUMS = {
  Role,
  OrganisationKind,
  ProgrammeStatus,
  PartnerRole,
  ActionStatus,
  EventType,
  EventStatus,
  EventFormat,
  IndicatorSource,
  TwinningKind,
  TwinningStatus,
  IssueKind,
  IssueCategory,
  IssueSeverity,
  IssueStatus,
  MonitoringRoundStatus,
  ReportStatus,
  ReviewDecision,
  AuditAction,
  CallStatus,
  ApplicationStatus,
  StageDecision,
  EmailFrequency,
  NotificationKind,
};

for (const [name, values] of Object.entries(ENUMS)) {
  registerEnumType(values, { name });
}
