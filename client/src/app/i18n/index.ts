import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@spilno/shared';
import { NAMESPACES, resources } from './resources';

export { NAMESPACES, resources };

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
