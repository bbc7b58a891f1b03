import { actionPlanModule } from './action-plan';
import { attachmentsModule } from './attachments';
import { auditModule } from './audit';
import { authModule } from './auth';
import { calendarModule } from './calendar';
import { callsModule } from './calls';
import { dashboardModule } from './dashboard';
import { eventsModule } from './events';
import { indicatorsModule } from './indicators';
import { monitoringModule } from './monitoring';
import { notificationsModule } from './notifications';
import { organisationsModule } from './organisations';
import { programmesModule } from './programmes';
import { programmeReportModule } from './programme-report';
import { publicSiteModule } from './public-site';
import { progressReportsModule } from './progress-reports';
import { localisationModule } from './localisation';
import { twinningModule } from './twinning';
import { usersModule } from './users';

/**
 * Every feature of the server, in the order their services are built: a module's services
 * receive those of the modules above it, so a module comes after the ones it uses.
 * The schema, the data source, the services, the loaders, the HTTP routes and the paths the
 * single-page app must leave alone are all derived from this list.
 */
export const modules = [
  auditModule,
  authModule,
  usersModule,
  notificationsModule,
  organisationsModule,
  programmesModule,
  actionPlanModule,
  indicatorsModule,
  eventsModule,
  twinningModule,
  attachmentsModule,
  calendarModule,
  dashboardModule,
  monitoringModule,
  publicSiteModule,
  programmeReportModule,
  progressReportsModule,
  localisationModule,
  callsModule,
] as const;
