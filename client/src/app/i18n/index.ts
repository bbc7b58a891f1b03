import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LABELS, LOCALES, type Locale } from '@spilno/shared';
import planEn from '../../modules/action-plan/i18n/en.json';
import planUk from '../../modules/action-plan/i18n/uk.json';
import dashboardEn from '../../modules/dashboard/i18n/en.json';
import dashboardUk from '../../modules/dashboard/i18n/uk.json';
import eventsEn from '../../modules/events/i18n/en.json';
import eventsUk from '../../modules/events/i18n/uk.json';
import localisationEn from '../../modules/localisation/i18n/en.json';
import localisationUk from '../../modules/localisation/i18n/uk.json';
import monitoringEn from '../../modules/monitoring/i18n/en.json';
import monitoringUk from '../../modules/monitoring/i18n/uk.json';
import directoryEn from '../../modules/organisations/i18n/en.json';
import directoryUk from '../../modules/organisations/i18n/uk.json';
import programmeEn from '../../modules/programmes/i18n/en.json';
import programmeUk from '../../modules/programmes/i18n/uk.json';
import twinningEn from '../../modules/twinning/i18n/en.json';
import twinningUk from '../../modules/twinning/i18n/uk.json';
import reportEn from '../../modules/programme-report/i18n/en.json';
import reportUk from '../../modules/programme-report/i18n/uk.json';
import publicEn from '../../modules/public-site/i18n/en.json';
import publicUk from '../../modules/public-site/i18n/uk.json';
import reportsEn from '../../modules/reports/i18n/en.json';
import reportsUk from '../../modules/reports/i18n/uk.json';
import en from './en.json';
import { withSharedLabels } from './sharedLabels';
import uk from './uk.json';

/**
 * One namespace for the shell and one per large feature, each feature keeping its texts
 * beside its code: `useTranslation('plan')` reads modules/action-plan/i18n.
 */
export const resources = {
  uk: withSharedLabels(
    {
      translation: uk,
      plan: planUk,
      programme: programmeUk,
      directory: directoryUk,
      events: eventsUk,
      twinning: twinningUk,
      monitoring: monitoringUk,
      dashboard: dashboardUk,
      public: publicUk,
      report: reportUk,
      reports: reportsUk,
      localisation: localisationUk,
    },
    LABELS.uk,
  ),
  en: withSharedLabels(
    {
      translation: en,
      plan: planEn,
      programme: programmeEn,
      directory: directoryEn,
      events: eventsEn,
      twinning: twinningEn,
      monitoring: monitoringEn,
      dashboard: dashboardEn,
      public: publicEn,
      report: reportEn,
      reports: reportsEn,
      localisation: localisationEn,
    },
    LABELS.en,
  ),
} as const;

export const NAMESPACES = [
  'translation',
  'plan',
  'programme',
  'directory',
  'events',
  'twinning',
  'monitoring',
  'dashboard',
  'public',
  'report',
  'reports',
  'localisation',
] as const;

const STORAGE_KEY = 'spilno.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered language, or Ukrainian; storage can be unavailable (private mode). */
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice is acceptable; the switch itself still works.
  }
}

/** The active language, narrowed to the ones the interface speaks. */
export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LOCALE;
}

export function initI18n(locale: Locale = readStoredLocale()): typeof i18n {
  if (!i18n.isInitialized) {
    // Screen readers pick pronunciation from <html lang>, so it follows every switch.
    i18n.on('languageChanged', (language) => {
      if (isLocale(language)) document.documentElement.lang = language;
    });
    void i18n.use(initReactI18next).init({
      resources,
      ns: NAMESPACES,
      defaultNS: 'translation',
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: LOCALES,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  document.documentElement.lang = locale;
  return i18n;
}

export async function changeLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  await i18n.changeLanguage(locale);
}
