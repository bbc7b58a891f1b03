import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Logger } from './common/logger';
import { Policy } from './common/policy';
import { ActionImportService } from './modules/action/action-import.service';
import { ActionService } from './modules/action/action.service';
import { createAttachmentStore } from './modules/attachment/attachment-store';
import { AttachmentService } from './modules/attachment/attachment.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { DeviceCookies } from './modules/auth/device-cookie';
import { SessionService } from './modules/auth/session.service';
import { CalendarService } from './modules/calendar/calendar.service';
import { DashboardService } from './modules/dashboard/dashboard.service';
import { DashboardFiguresService } from './modules/dashboard/figures.service';
import { PortfolioService } from './modules/dashboard/portfolio.service';
import { EventService } from './modules/event/event.service';
import { IndicatorService } from './modules/indicator/indicator.service';
import { IssueService } from './modules/monitoring/issue.service';
import { MonitoringAccess } from './modules/monitoring/monitoring-access';
import { RoundService } from './modules/monitoring/round.service';
import { DirectoryService } from './modules/organisation/directory.service';
import { DeclaredMembersService } from './modules/organisation/declared-members.service';
import { MembershipService } from './modules/organisation/membership.service';
import { OrganisationService } from './modules/organisation/organisation.service';
import { PartnerService } from './modules/programme/partner.service';
import { ProgrammeService } from './modules/programme/programme.service';
import { TeamService } from './modules/programme/team.service';
import { TwinningService } from './modules/twinning/twinning.service';
import { ProgrammeReportService } from './modules/programme-report/programme-report.service';
import { PublicSiteService } from './modules/public-site/public.service';
import { ProgressReportService } from './modules/report/progress-report.service';
import { ReportingPeriodService } from './modules/report/reporting-period.service';
import { ReportingStatusService } from './modules/report/reporting-status';
import { UserService } from './modules/user/user.service';

/**
 * The application's services, built once per process around one data source and, for
 * attachments, the data directory or the S3 bucket. Without a device cookie secret (tests,
 * scripts) a random one is drawn.
 */
export function createServices(
  dataSource: DataSource,
  logger: Logger,
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 's3' | 'deviceCookieSecret'>>,
) {
  const policy = new Policy(dataSource);
  const devices = new DeviceCookies(config.deviceCookieSecret ?? crypto.randomBytes(32));
  const audit = new AuditService(dataSource);
  const sessions = new SessionService(dataSource);
  const organisations = new OrganisationService(dataSource);
  const events = new EventService(dataSource, policy, audit);
  const twinning = new TwinningService(dataSource, policy, events, audit);
  const monitoring = new MonitoringAccess(dataSource, policy);
  return {
    dataSource,
    logger,
    policy,
    audit,
    sessions,
    devices,
    auth: new AuthService(dataSource, sessions, audit, devices),
    users: new UserService(dataSource, sessions, audit),
    organisations,
    directory: new DirectoryService(dataSource, organisations, audit),
    memberships: new MembershipService(dataSource, audit),
    declaredMembers: new DeclaredMembersService(dataSource, audit),
    programmes: new ProgrammeService(dataSource, policy, audit),
    partners: new PartnerService(dataSource, policy, audit),
    team: new TeamService(dataSource, policy, audit),
    actions: new ActionService(dataSource, policy, audit),
    actionImport: new ActionImportService(dataSource, policy, audit),
    indicators: new IndicatorService(dataSource, policy, audit),
    events,
    attachments: new AttachmentService(
      dataSource,
      events,
      twinning,
      audit,
      createAttachmentStore(config),
      logger,
    ),
    twinning,
    calendar: new CalendarService(dataSource, policy),
    dashboard: new DashboardService(dataSource, policy),
    issues: new IssueService(dataSource, monitoring, audit),
    rounds: new RoundService(dataSource, monitoring, audit),
    dashboardFigures: new DashboardFiguresService(dataSource),
    portfolio: new PortfolioService(dataSource, policy),
    publicSite: new PublicSiteService(dataSource),
    programmeReport: new ProgrammeReportService(dataSource, policy),
    reports: new ProgressReportService(dataSource, policy, audit),
    reportingPeriods: new ReportingPeriodService(dataSource, policy, audit),
    reportingStatus: new ReportingStatusService(dataSource, policy),
  };
}

export type Services = ReturnType<typeof createServices>;
