import 'i18next';
import type planEn from '../../modules/action-plan/i18n/en.json';
import type dashboardEn from '../../modules/dashboard/i18n/en.json';
import type eventsEn from '../../modules/events/i18n/en.json';
import type monitoringEn from '../../modules/monitoring/i18n/en.json';
import type directoryEn from '../../modules/organisations/i18n/en.json';
import type programmeEn from '../../modules/programmes/i18n/en.json';
import type twinningEn from '../../modules/twinning/i18n/en.json';
import type reportEn from '../../modules/programme-report/i18n/en.json';
import type publicEn from '../../modules/public-site/i18n/en.json';
import type reportsEn from '../../modules/reports/i18n/en.json';
import type en from './en.json';

// Keys are checked at compile time against the English resources; the parity test keeps
// the Ukrainian file in step with them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      plan: typeof planEn;
      programme: typeof programmeEn;
      directory: typeof directoryEn;
      events: typeof eventsEn;
      twinning: typeof twinningEn;
      monitoring: typeof monitoringEn;
      dashboard: typeof dashboardEn;
      public: typeof publicEn;
      report: typeof reportEn;
      reports: typeof reportsEn;
    };
  }
}
