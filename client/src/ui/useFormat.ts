import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatDateTime, formatLocalDate, formatNumber } from './format';

export interface Formatters {
  locale: string;
  date: (value: string) => string;
  dateTime: (value: string) => string;
  number: (value: number) => string;
  country: (code: string) => string;
}

/** Formatters bound to the interface language; they change when the language does. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      locale,
      date: (value) => formatLocalDate(value, locale),
      dateTime: (value) => formatDateTime(value, locale),
      number: (value) => formatNumber(value, locale),
      country: (code) => countryName(code, locale),
    }),
    [locale],
  );
}
