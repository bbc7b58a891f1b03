import { FieldMessage, TITLE_MAX } from '@spilno/shared';
import type { FormMessage } from '../../ui/validation';

/**
 * A record's title and text per working language other than its original one, keyed by
 * language, as typed. Programmes and events edit their translations through it.
 */
export type TranslationValues = Record<string, { title: string; text: string }>;

export interface StoredTranslation {
  language: string;
  title?: string | null;
  text?: string | null;
}

export function translationsToForm(entries: readonly StoredTranslation[]): TranslationValues {
  const values: TranslationValues = {};
  for (const entry of entries) {
    values[entry.language] = { title: entry.title ?? '', text: entry.text ?? '' };
  }
  return values;
}

/** Too-long texts, keyed by the form path `translations.<language>.<title|text>`. */
export function translationErrors(
  values: TranslationValues,
  languages: readonly string[],
  textMax: number,
): Record<string, FormMessage> {
  const errors: Record<string, FormMessage> = {};
  for (const language of languages) {
    const entry = values[language];
    if (entry && entry.title.length > TITLE_MAX) {
      errors[`translations.${language}.title`] = FieldMessage.TOO_LONG;
    }
    if (entry && entry.text.length > textMax) {
      errors[`translations.${language}.text`] = FieldMessage.TOO_LONG;
    }
  }
  return errors;
}

/**
 * The translations to send for `languages`, blanks as null; the server drops a language
 * with neither, so clearing both fields removes that translation.
 */
export function translationsToInput(
  values: TranslationValues,
  languages: readonly string[],
): { language: string; title: string | null; text: string | null }[] {
  return languages.map((language) => ({
    language,
    title: values[language]?.title.trim() || null,
    text: values[language]?.text.trim() || null,
  }));
}
