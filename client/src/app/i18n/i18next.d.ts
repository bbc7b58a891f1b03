import 'i18next';
import type { resources } from './index';

type English = (typeof resources)['en'];

// Keys are checked at compile time against the English resources (language files plus the
// shared labels); the parity test keeps the Ukrainian ones in step with them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: English['translation'];
      plan: English['plan'];
      programme: English['programme'];
      directory: English['directory'];
      events: English['events'];
      twinning: English['twinning'];
      monitoring: English['monitoring'];
      dashboard: English['dashboard'];
      public: English['public'];
      report: English['report'];
      reports: English['reports'];
      localisation: English['localisation'];
    };
  }
}
