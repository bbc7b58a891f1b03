import type { Content } from 'pdfmake';
import type { ReportData } from './report-data';
import type { ReportLabels } from './report-labels';

export interface Formats {
  date: (iso: string) => string;
  /** Compact numeric date for table cells. */
  shortDate: (iso: string) => string;
  dateInZone: (instant: Date, timeZone: string) => string;
  number: (value: number) => string;
  percent: (value: number) => string;
  money: (value: number) => string;
}

export function formatsFor(labels: ReportLabels, currency: string): Formats {
  const number = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 2 });
  // By code: Roboto has no glyph for some currency signs (₴).
  const money = new Intl.NumberFormat(labels.locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
  });
  const numeric = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
  return {
    // Calendar dates carry no zone: formatted as the same day everywhere.
    date: (iso) =>
      new Intl.DateTimeFormat(labels.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      ),
    shortDate: (iso) =>
      new Intl.DateTimeFormat(labels.locale, { ...numeric, timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      ),
    dateInZone: (instant, timeZone) =>
      new Intl.DateTimeFormat(labels.locale, { ...numeric, timeZone }).format(instant),
    number: (value) => number.format(value),
    percent: (value) => `${number.format(Math.round(value))} %`,
    money: (value) => money.format(value),
  };
}

/**
 * A table with a repeated header row, drawn with light rules like a printed document. The
 * `numeric` columns (by index) are right-aligned, header included.
 */
export function table(
  headers: string[],
  rows: Content[][],
  widths: (string | number)[],
  numeric: number[] = [],
): Content {
  const align = (cell: Content, column: number): Content =>
    numeric.includes(column)
      ? typeof cell === 'object' && !Array.isArray(cell)
        ? { ...cell, alignment: 'right' }
        : { text: cell, alignment: 'right' }
      : cell;
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        headers.map((text, column) => align({ text, style: 'th' }, column)),
        ...rows.map((row) => row.map(align)),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
}

export type Section = (data: ReportData, labels: ReportLabels, format: Formats) => Content[];

export const heading = (text: string): Content => ({ text, style: 'h2' });
export const empty = (text: string): Content => ({ text, style: 'muted', margin: [0, 2, 0, 12] });
