import { actionPlanModule } from './action-plan';
import { auditModule } from './audit';
import { authModule } from './auth';
import { budgetModule } from './budget';
import { callsModule } from './calls';
import { dashboardModule } from './dashboard';
import { eventsModule } from './events';
import { indicatorsModule } from './indicators';
import { localisationModule } from './localisation';
import { monitoringModule } from './monitoring';
import { notificationsModule } from './notifications';
import { organisationsModule } from './organisations';
import { outboxModule } from './outbox';
import { programmeReportModule } from './programme-report';
import { programmesModule } from './programmes';
import { publicSiteModule } from './public-site';
import { progressReportsModule } from './progress-reports';
import { twinningModule } from './twinning';
import { usersModule } from './users';

/**
 * Every feature of the client. The router's pages and the i18n namespaces (in the app, in its
 * types and in the browser tests' text lookups) are derived from this list.
 */
export const modules = [
  actionPlanModule,
  auditModule,
  authModule,
  budgetModule,
  callsModule,
  dashboardModule,
  eventsModule,
  indicatorsModule,
  localisationModule,
  monitoringModule,
  notificationsModule,
  organisationsModule,
  outboxModule,
  programmeReportModule,
  programmesModule,
  publicSiteModule,
  progressReportsModule,
  twinningModule,
  usersModule,
] as const;
