import 'reflect-metadata';
import './common/enums';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import {
  CoverageResolver,
  DeclaredMembersResolver,
} from './modules/organisation/coverage.resolver';
import { DirectoryResolver, MembershipResolver } from './modules/organisation/directory.resolver';
import { OrganisationResolver } from './modules/organisation/organisation.resolver';
import { ActionTableResolver } from './modules/action/action-table.resolver';
import { ActionResolver, ProgressNoteResolver } from './modules/action/action.resolver';
import {
  AttachmentResolver,
  EventAttachmentsResolver,
} from './modules/attachment/attachment.resolver';
import { CalendarResolver } from './modules/calendar/calendar.resolver';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver';
import { DashboardFiguresResolver } from './modules/dashboard/dashboard-figures.resolver';
import { CooperationResolver } from './modules/programme-report/cooperation.resolver';
import { PortfolioResolver } from './modules/dashboard/portfolio.resolver';
import {
  ActionEventsResolver,
  EventAttendanceResolver,
  EventResolver,
} from './modules/event/event.resolver';
import { IndicatorResolver } from './modules/indicator/indicator.resolver';
import {
  IssueCommentResolver,
  IssueResolver,
  IssueStatusChangeResolver,
} from './modules/monitoring/issue.resolver';
import {
  RoundPartnerProgressResolver,
  RoundResolver,
  RoundSideProgressResolver,
} from './modules/monitoring/round.resolver';
import { PartnerResolver } from './modules/programme/partner.resolver';
import { ProgrammeResolver } from './modules/programme/programme.resolver';
import { TeamResolver } from './modules/programme/team.resolver';
import {
  TwinningContactResolver,
  TwinningResolver,
  TwinningStatusChangeResolver,
} from './modules/twinning/twinning.resolver';
import { PublicSiteResolver } from './modules/public-site/public.resolver';
import { ProgressReportResolver, ReportReviewResolver } from './modules/report/report.resolver';
import {
  ReportingPeriodResolver,
  ReportingStatusResolver,
} from './modules/report/reporting-period.resolver';
import {
  ActionTextResolver,
  EventTextResolver,
  IndicatorTextResolver,
  ProgrammeTextResolver,
} from './modules/translation/translated-text.resolver';
import { TranslationResolver } from './modules/translation/translation.resolver';
import { UserResolver } from './modules/user/user.resolver';

export const resolvers = [
  AuthResolver,
  UserResolver,
  OrganisationResolver,
  DirectoryResolver,
  MembershipResolver,
  CoverageResolver,
  DeclaredMembersResolver,
  AuditResolver,
  ProgrammeResolver,
  PartnerResolver,
  TeamResolver,
  ActionResolver,
  ActionTableResolver,
  ProgressNoteResolver,
  IndicatorResolver,
  EventResolver,
  EventAttendanceResolver,
  ActionEventsResolver,
  AttachmentResolver,
  EventAttachmentsResolver,
  CalendarResolver,
  DashboardResolver,
  TwinningResolver,
  TwinningStatusChangeResolver,
  TwinningContactResolver,
  IssueResolver,
  IssueCommentResolver,
  IssueStatusChangeResolver,
  RoundResolver,
  RoundPartnerProgressResolver,
  RoundSideProgressResolver,
  DashboardFiguresResolver,
  CooperationResolver,
  PortfolioResolver,
  PublicSiteResolver,
  ProgressReportResolver,
  ReportReviewResolver,
  ReportingPeriodResolver,
  ReportingStatusResolver,
  TranslationResolver,
  ProgrammeTextResolver,
  ActionTextResolver,
  EventTextResolver,
  IndicatorTextResolver,
] as const;

/**
 * Builds the schema from the resolver classes. Validation is not automatic: services validate
 * after their permission checks, so an out-of-scope caller never learns about its input.
 */
export function createSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
}
