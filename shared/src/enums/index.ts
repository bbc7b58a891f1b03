/**
 * Enumerations of the domain, shared by the GraphQL schema (registered on the
 * server) and the client. Values are the wire values of the API contract (docs/contract.md).
 */
export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  PARTNER = 'PARTNER',
  OBSERVER = 'OBSERVER',
}

export enum OrganisationKind {
  REGIONAL_COUNCIL = 'REGIONAL_COUNCIL',
  DISTRICT_COUNCIL = 'DISTRICT_COUNCIL',
  CITY_COUNCIL = 'CITY_COUNCIL',
  SETTLEMENT_COUNCIL = 'SETTLEMENT_COUNCIL',
  VILLAGE_COUNCIL = 'VILLAGE_COUNCIL',
  TERRITORIAL_COMMUNITY = 'TERRITORIAL_COMMUNITY',
  ASSOCIATION = 'ASSOCIATION',
  NGO = 'NGO',
  OTHER = 'OTHER',
}

export enum ProgrammeStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  SUSPENDED = 'SUSPENDED',
}

export enum PartnerRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  ASSOCIATED = 'ASSOCIATED',
}

export enum ActionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum EventType {
  CONFERENCE = 'CONFERENCE',
  ROUND_TABLE = 'ROUND_TABLE',
  WORKSHOP = 'WORKSHOP',
  SEMINAR = 'SEMINAR',
  GENERAL_MEETING = 'GENERAL_MEETING',
  STUDY_VISIT = 'STUDY_VISIT',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}

export enum EventStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
  POSTPONED = 'POSTPONED',
}

export enum EventFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

/** Where an indicator's achieved value comes from: typed in, or computed from held events. */
export enum IndicatorSource {
  ENTERED = 'ENTERED',
  EVENTS_HELD = 'EVENTS_HELD',
  ATTENDEES = 'ATTENDEES',
  ORGANISATIONS = 'ORGANISATIONS',
  /** Twinning relations of the programme in one status (and of some kinds), e.g. agreements signed. */
  TWINNING_RELATIONS = 'TWINNING_RELATIONS',
}

export enum TwinningKind {
  AGREEMENT = 'AGREEMENT',
  MEMORANDUM = 'MEMORANDUM',
  LETTER_OF_INTENT = 'LETTER_OF_INTENT',
}

export enum TwinningStatus {
  PROPOSED = 'PROPOSED',
  NEGOTIATING = 'NEGOTIATING',
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  TERMINATED = 'TERMINATED',
}

export enum IssueKind {
  PROBLEM = 'PROBLEM',
  EXPECTATION = 'EXPECTATION',
}

export enum IssueCategory {
  LEGAL_FRAMEWORK = 'LEGAL_FRAMEWORK',
  FINANCE = 'FINANCE',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  BORDER_CROSSING = 'BORDER_CROSSING',
  PUBLIC_SERVICES = 'PUBLIC_SERVICES',
  OTHER = 'OTHER',
}

export enum IssueSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

export enum IssueStatus {
  OPEN = 'OPEN',
  IN_REVIEW = 'IN_REVIEW',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

/** A monitoring round takes partners' answers while OPEN; a CLOSED round keeps its results. */
export enum MonitoringRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  SIGN_IN = 'SIGN_IN',
  SIGN_OUT = 'SIGN_OUT',
}

/** Languages the interface speaks; Ukrainian first. */
export const LOCALES = ['uk', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'uk';

/** How often a user is sent e-mail about their notifications. */
export enum EmailFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}

/** What a notification tells of. */
export enum NotificationKind {
  REPORT_SUBMITTED = 'REPORT_SUBMITTED',
  REPORT_REVIEWED = 'REPORT_REVIEWED',
  REPORT_DUE = 'REPORT_DUE',
  ISSUE_RAISED = 'ISSUE_RAISED',
  ISSUE_STATUS_CHANGED = 'ISSUE_STATUS_CHANGED',
  TWINNING_PROPOSED = 'TWINNING_PROPOSED',
  TWINNING_STATUS_CHANGED = 'TWINNING_STATUS_CHANGED',
  EVENT_LOGGED = 'EVENT_LOGGED',
}
