import 'i18next';
import type en from './en.json';

// Keys are checked at compile time against the English resources; the parity test keeps
// the Ukrainian file in step with them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
