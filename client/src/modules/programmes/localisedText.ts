import { DEFAULT_LOCALE } from '@spilno/shared';

export interface TranslatedRecord {
  title: string;
  summary?: string | null;
  /** Working languages; the first is the one the record's own title and summary are in. */
  languages: readonly string[];
  translations: readonly { language: string; title?: string | null; text?: string | null }[];
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
  return record.languages[0] ?? DEFAULT_LOCALE;
}

/**
 * The title and summary in the reader's language where a translation exists, otherwise in
 * the original working language, saying so, so nobody mistakes it for a translation.
 */
export function localisedText(record: TranslatedRecord, locale: string): LocalisedText {
  const original = originalLanguage(record);
  const summary = record.summary?.trim() ? record.summary : null;
  const translation =
    locale === original
      ? undefined
      : record.translations.find((entry) => entry.language === locale);
  const title = translation?.title?.trim() ? translation.title : null;
  const text = translation?.text?.trim() ? translation.text : null;

  const titleLanguage = locale === original || title ? locale : original;
  const summaryLanguage = locale === original || text ? locale : original;
  return {
    title: title ?? record.title,
    summary: text ?? summary,
    titleLanguage,
    summaryLanguage,
    missing: titleLanguage !== locale || (summary !== null && summaryLanguage !== locale),
  };
}
