import 'i18next';
import type { EnglishResources } from './resources';

// Keys are checked at compile time against the English resources of the shell and of every
// module in the module list; the parity test keeps the Ukrainian files in step with them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: EnglishResources;
  }
}
