import { DEFAULT_LOCALE } from './enums';

/**
 * Which language a record's text is shown in, decided once for the server's `TranslatedText`
 * fields and exports and for the client's lists and pages: the reader's language where a
 * translation exists, else the original, marked as a fallback so nobody takes it for one.
 */

/** One language's title and text of a record. */
export interface TranslationEntry {
  language: string;
  title?: string | null;
  text?: string | null;
}

/** A record's own title and text (in its first working language) and their translations. */
export interface TranslatableTexts {
  title: string;
  text?: string | null;
  translations: readonly TranslationEntry[];
}

export type TranslatedField = 'title' | 'text';

/** A text as shown: its words, the language they are in, and whether that is a fallback. */
export interface PickedText {
  text: string | null;
  lang: string;
  isFallback: boolean;
}

/** The language a record's own title and text are written in: its first working language. */
export function originalLanguage(languages: readonly string[]): string {
  return languages[0] ?? DEFAULT_LOCALE;
}

/**
 * `field` of a record in `lang`: the original when `lang` is the record's own language,
 * else its translation, else the original marked as a fallback. A blank original needs no
 * translation and is no fallback; a blank translation counts as none.
 */
export function pickTranslation(
  record: TranslatableTexts,
  field: TranslatedField,
  languages: readonly string[],
  lang: string,
): PickedText {
  const original = originalLanguage(languages);
  const own = (field === 'title' ? record.title : record.text) ?? null;
  if (lang === original || !own?.trim()) return { text: own, lang, isFallback: false };
  const translated = record.translations.find((t) => t.language === lang)?.[field];
  if (translated?.trim()) return { text: translated, lang, isFallback: false };
  return { text: own, lang: original, isFallback: true };
}
