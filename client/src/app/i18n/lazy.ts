import i18n, { type BackendModule, type ReadCallback, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Labels, type Locale } from '@spilno/shared';
import { modules } from '../../modules';
import { isLocale, readStoredLocale } from '../../ui/locale';
import { withSharedLabelsIn } from './sharedLabels';

/** The shell's texts, one file per language: only the reader's language is downloaded. */
const SHELL: Record<Locale, () => Promise<{ default: object }>> = {
  uk: () => import('./uk.json'),
  en: () => import('./en.json'),
};

/** The words shared with the server (enum names and the like), also one file per language. */
const SHARED_LABELS: Record<Locale, () => Promise<Labels>> = {
  uk: async () => (await import('@spilno/shared/labels/uk')).uk,
  en: async () => (await import('@spilno/shared/labels/en')).en,
};

/** One namespace of one language, as i18next holds it: the file with its shared labels. */
export async function readTexts(language: Locale, namespace: string): Promise<object> {
  const load =
    namespace === 'translation'
      ? SHELL[language]
      : modules.find((module) => module.i18n?.namespace === namespace)?.i18n?.load[language];
  if (!load) throw new Error(`no texts for the namespace ${namespace}`);
  const [texts, labels] = await Promise.all([load(), SHARED_LABELS[language]()]);
  return withSharedLabelsIn(namespace, texts.default, labels);
}

/** Hands i18next each namespace's file of one language when a component first asks for it. */
const lazyTexts: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    if (!isLocale(language)) return callback(new Error(`unknown language ${language}`), false);
    readTexts(language, namespace).then(
      (texts) => callback(null, texts as ResourceKey),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

/**
 * The app's i18n: the shell's texts of the reader's language before the first screen, each
 * feature's when its page first renders (react-i18next suspends it until then). Tests use
 * `initI18n`, which holds every text at once.
 */
export async function startI18n(locale: Locale = readStoredLocale()): Promise<typeof i18n> {
  // Screen readers pick pronunciation from <html lang>, so it follows every switch.
  i18n.on('languageChanged', (language) => {
    if (isLocale(language)) document.documentElement.lang = language;
  });
  document.documentElement.lang = locale;
  await i18n
    .use(lazyTexts)
    .use(initReactI18next)
    .init({
      ns: ['translation'],
      defaultNS: 'translation',
      lng: locale,
      // Both languages have every key (the parity test), so a fallback would only double the
      // downloads of a reader of the other language.
      fallbackLng: false,
      supportedLngs: LOCALES,
      load: 'currentOnly',
      interpolation: { escapeValue: false },
    });
  return i18n;
}
