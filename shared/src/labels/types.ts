import type {
  ActionStatus,
  EventFormat,
  EventStatus,
  EventType,
  IssueCategory,
  IssueKind,
  IssueSeverity,
  IssueStatus,
  MonitoringRoundStatus,
  PartnerRole,
  ProgrammeStatus,
  TwinningKind,
  TwinningStatus,
} from '../enums';

/** Columns of the action plan's CSV and XLSX, in order; the CSV import reads the same. */
export const ACTION_COLUMNS = [
  'code',
  'parentCode',
  'title',
  'description',
  'startsOn',
  'dueOn',
  'status',
  'progress',
  'weight',
  'plannedBudget',
  'spentBudget',
  'responsible',
] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];

/** Columns of the monitoring issues' CSV, in order. */
export const ISSUE_COLUMNS = [
  'raisedAt',
  'kind',
  'category',
  'severity',
  'status',
  'title',
  'description',
  'raisedBy',
  'side',
  'event',
  'round',
  'assignee',
  'resolution',
  'updatedAt',
] as const;
export type IssueColumn = (typeof ISSUE_COLUMNS)[number];

/**
 * Kinds of record the audit log and the missing-translation list name, by the type name the
 * server records them under.
 */
export const RECORD_TYPES = [
  'Action',
  'Attachment',
  'Event',
  'Indicator',
  'IssueComment',
  'Membership',
  'MonitoringIssue',
  'MonitoringRound',
  'Organisation',
  'Partner',
  'Programme',
  'ProgrammeCoordinator',
  'ProgrammeSide',
  'ProgrammeSignatory',
  'ProgressReport',
  'ReportingPeriod',
  'RoundSubmission',
  'TwinningRelation',
  'User',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Names of the domain's values in one language. */
export interface EnumLabels {
  ProgrammeStatus: Record<ProgrammeStatus, string>;
  PartnerRole: Record<PartnerRole, string>;
  ActionStatus: Record<ActionStatus, string>;
  EventType: Record<EventType, string>;
  EventStatus: Record<EventStatus, string>;
  EventFormat: Record<EventFormat, string>;
  TwinningKind: Record<TwinningKind, string>;
  TwinningStatus: Record<TwinningStatus, string>;
  IssueKind: Record<IssueKind, string>;
  IssueCategory: Record<IssueCategory, string>;
  IssueSeverity: Record<IssueSeverity, string>;
  IssueStatus: Record<IssueStatus, string>;
  MonitoringRoundStatus: Record<MonitoringRoundStatus, string>;
  RecordType: Record<RecordType, string>;
}

/**
 * The words the interface, the exported files and the printed report share in one language:
 * value names and column headers, kept once so a spreadsheet says what the screen says.
 */
export interface Labels {
  enums: EnumLabels;
  actionColumns: Record<ActionColumn, string>;
  issueColumns: Record<IssueColumn, string>;
}

export function isRecordType(value: string): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value);
}
