/**
 * How many rows a list field of the API answers unless asked for fewer or more (`default`),
 * and at most (`max`). Lists that grow with use take `limit` (1..max); the client reads the
 * defaults to page through them.
 */
export interface ListLimit {
  readonly default: number;
  readonly max: number;
}

export const LIST_LIMITS = {
  /** Query.programmes. */
  programmes: { default: 100, max: 500 },
  /** Query.portfolio: one entry per programme. */
  portfolio: { default: 100, max: 500 },
  /** Query.twinningRelations. */
  twinningRelations: { default: 100, max: 500 },
  /** Query.progressReports: partners × periods of one programme, at most. */
  progressReports: { default: 100, max: 500 },
  /** Query.monitoringRounds. */
  monitoringRounds: { default: 50, max: 200 },
  /** Query.missingTranslations. */
  missingTranslations: { default: 100, max: 500 },
  /** Query.issueAssignees: a programme's admins, coordinators and partner staff. */
  issueAssignees: { default: 200, max: 1000 },
  /** Action.events. */
  actionEvents: { default: 100, max: 500 },
  /** Action.history: progress notes, newest first. */
  actionHistory: { default: 50, max: 500 },
  /** Indicator.countedEvents. */
  countedEvents: { default: 100, max: 500 },
  /** MonitoringIssue.comments: the latest ones. */
  issueComments: { default: 100, max: 500 },
  /** MonitoringIssue.history: the latest status changes. */
  issueHistory: { default: 100, max: 500 },
  /** TwinningRelation.events. */
  twinningEvents: { default: 100, max: 500 },
  /** TwinningRelation.history: the latest status changes. */
  twinningHistory: { default: 100, max: 500 },
  /** Organisation.members: an association of every council of a region has hundreds. */
  members: { default: 500, max: 1000 },
  /** Organisation.memberOf. */
  memberOf: { default: 100, max: 500 },
  /** Organisation.declaredMembers: the latest declarations. */
  declaredMembers: { default: 50, max: 200 },
  /** ProgressReport.reviews: the latest decisions. */
  reportReviews: { default: 50, max: 200 },
  /** Programme.coordinators. */
  coordinators: { default: 100, max: 500 },
  /** Programme.signatories. */
  signatories: { default: 100, max: 500 },
  /** PublicProgramme.events: the latest held. */
  publicEvents: { default: 50, max: 200 },
  /** PublicProgramme.actions: the plan's top level. */
  publicActions: { default: 200, max: 500 },
  /** PublicProgramme.twinning. */
  publicTwinning: { default: 100, max: 500 },
  /** Query.calls. */
  calls: { default: 100, max: 500 },
  /** Call.applications. */
  callApplications: { default: 200, max: 500 },
  /** PublicCall.selected: the selected groups. */
  publicSelected: { default: 50, max: 200 },
} as const satisfies Record<string, ListLimit>;

/**
 * What a programme is set up with, capped when it is added: the grids, dashboards and reports
 * that show one row or column per partner, per indicator or per period show them all.
 */
export const PARTNERS_MAX = 200;
export const INDICATORS_MAX = 100;
