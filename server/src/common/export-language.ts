import { LOCALES, localeOf, type Locale } from '@spilno/shared';
import type { Request } from 'express';

/**
 * The language an exported file is written in: the `lang` the client sends (its interface
 * language), else the best of the browser's Accept-Language, else Ukrainian.
 */
export function exportLanguage(req: Pick<Request, 'query' | 'acceptsLanguages'>): Locale {
  if (typeof req.query.lang === 'string' && req.query.lang !== '') return localeOf(req.query.lang);
  return localeOf(req.acceptsLanguages(...LOCALES));
}

/** Spreadsheet number formats of a calendar date, as each language writes one. */
export const SHEET_DATE_FORMAT: Record<Locale, string> = { uk: 'dd.mm.yyyy', en: 'dd/mm/yyyy' };

/** A calendar date (YYYY-MM-DD) as the instant spreadsheets store for that day. */
export function sheetDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}
