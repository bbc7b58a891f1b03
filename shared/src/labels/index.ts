import { DEFAULT_LOCALE, LOCALES, type Locale } from '../enums';
import { en } from './en';
import type { Labels } from './types';
import { uk } from './uk';

export * from './types';

export const LABELS: Record<Locale, Labels> = { uk, en };

/** A language code narrowed to the ones Spilno speaks, Ukrainian for anything else. */
export function localeOf(language: unknown): Locale {
  return typeof language === 'string' && (LOCALES as readonly string[]).includes(language)
    ? (language as Locale)
    : DEFAULT_LOCALE;
}

/** The shared words in `language` (uk or en); Ukrainian for anything else. */
export function labelsFor(language: unknown): Labels {
  return LABELS[localeOf(language)];
}
