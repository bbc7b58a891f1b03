import i18n from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@spilno/shared';

// The interface language: which one is active, remembered and switched to. It knows nothing of
// the texts themselves, so any component may use it without pulling in every module's files.

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

export async function changeLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  await i18n.changeLanguage(locale);
}
