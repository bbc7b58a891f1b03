import { actionModule } from './action';
import { attachmentModule } from './attachment';
import { auditModule } from './audit';
import { authModule } from './auth';
import { calendarModule } from './calendar';
import { dashboardModule } from './dashboard';
import { eventModule } from './event';
import { indicatorModule } from './indicator';
import { monitoringModule } from './monitoring';
import { organisationModule } from './organisation';
import { programmeModule } from './programme';
import { programmeReportModule } from './programme-report';
import { publicSiteModule } from './public-site';
import { reportModule } from './report';
import { translationModule } from './translation';
import { twinningModule } from './twinning';
import { userModule } from './user';

/**
 * Every feature of the server, in the order their services are built: a module's services
 * receive those of the modules above it, so a module comes after the ones it uses.
 * The schema, the data source, the services, the loaders, the HTTP routes and the paths the
 * single-page app must leave alone are all derived from this list.
 */
export const modules = [
  auditModule,
  authModule,
  userModule,
  organisationModule,
  programmeModule,
  actionModule,
  indicatorModule,
  eventModule,
  twinningModule,
  attachmentModule,
  calendarModule,
  dashboardModule,
  monitoringModule,
  publicSiteModule,
  programmeReportModule,
  reportModule,
  translationModule,
] as const;
