import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@spilno/shared';
import { isLocale, readStoredLocale } from '../../ui/locale';
import { NAMESPACES, resources } from './resources';

export { NAMESPACES, resources };

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
