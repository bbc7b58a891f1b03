import {
  originalLanguage as originalOf,
  pickTranslation,
  type TranslationEntry,
} from '@spilno/shared';

export interface TranslatedRecord {
  title: string;
  summary?: string | null;
  /** Working languages; the first is the one the record's own title and summary are in. */
  languages: readonly string[];
  translations: readonly TranslationEntry[];
}

export interface LocalisedText {
  title: string;
  summary: string | null;
  /** The language of the title shown. */
  titleLanguage: string;
  /** The language of the summary shown (when there is one). */
  summaryLanguage: string;
  /** The reader's language is missing for the title or the summary, so another one is shown. */
  missing: boolean;
}

/** The language a record's own title and summary are written in. */
export function originalLanguage(record: Pick<TranslatedRecord, 'languages'>): string {
  return originalOf(record.languages);
}

/**
 * The title and summary in the reader's language where a translation exists, otherwise in
 * the original working language, saying so, so nobody mistakes it for a translation. The
 * choice is the shared fallback rule the server's translated texts and exports follow.
 */
export function localisedText(record: TranslatedRecord, locale: string): LocalisedText {
  const texts = { title: record.title, text: record.summary, translations: record.translations };
  const title = pickTranslation(texts, 'title', record.languages, locale);
  const summary = pickTranslation(texts, 'text', record.languages, locale);
  return {
    title: title.text ?? record.title,
    summary: summary.text?.trim() ? summary.text : null,
    titleLanguage: title.lang,
    summaryLanguage: summary.lang,
    missing: title.isFallback || summary.isFallback,
  };
}
