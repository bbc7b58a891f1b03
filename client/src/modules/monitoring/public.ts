/**
 * What other modules and the app use of monitoring: the shape of its texts. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
/** The module's English texts, whose shape the app's shared labels extend. */
export type { default as MonitoringTexts } from './i18n/en.json';
