/**
 * Working languages and currencies of a programme, named through Intl in the interface
 * language, so no translation tables of our own are needed.
 */

/** Languages spoken along the borders the programmes span, offered first. */
const COMMON_LANGUAGES = [
  'uk',
  'en',
  'pl',
  'ro',
  'sk',
  'hu',
  'ru',
  'be',
  'bg',
  'cs',
  'de',
  'fr',
  'lt',
  'lv',
  'et',
] as const;

const languageNames = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Choices for the working languages, including any the programme already has. */
export function languageOptions(
  locale: string,
  current: readonly string[] = [],
): { value: string; label: string }[] {
  const codes = [...new Set<string>([...COMMON_LANGUAGES, ...current])];
  return codes.map((code) => ({ value: code, label: languageName(code, locale) }));
}

const currencyCache = new Map<string, { value: string; label: string }[]>();

/** Every ISO 4217 code the runtime knows, as "EUR — Euro". */
export function currencyOptions(locale: string): { value: string; label: string }[] {
  const cached = currencyCache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
  const options = Intl.supportedValuesOf('currency').map((code) => ({
    value: code,
    label: `${code} — ${names.of(code) ?? code}`,
  }));
  currencyCache.set(locale, options);
  return options;
}
