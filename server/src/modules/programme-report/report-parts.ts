import type { Content } from 'pdfmake';
import type { ReportData } from './report-data';
import type { ReportLabels } from './report-labels';

export interface Formats {
  date: (iso: string) => string;
  /** Compact numeric date for table cells. */
  shortDate: (iso: string) => string;
  /** Date and time of an instant on the clock of `timeZone`: 12.03.2012 10:00. */
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
  // Calendar dates carry no zone: formatted as the same day everywhere.
  const longDate = new Intl.DateTimeFormat(labels.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(labels.locale, { ...numeric, timeZone: 'UTC' });
  // Making a format costs far more than using one: one pair per zone serves every event.
  const zoned = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
  const inZone = (timeZone: string) => {
    let formats = zoned.get(timeZone);
    if (!formats) {
      formats = {
        date: new Intl.DateTimeFormat(labels.locale, { ...numeric, timeZone }),
        time: new Intl.DateTimeFormat(labels.locale, {
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZone,
        }),
      };
      zoned.set(timeZone, formats);
    }
    return formats;
  };
  return {
    date: (iso) => longDate.format(new Date(`${iso}T00:00:00Z`)),
    shortDate: (iso) => shortDate.format(new Date(`${iso}T00:00:00Z`)),
    dateInZone: (instant, timeZone) => {
      const { date, time } = inZone(timeZone);
      return `${date.format(instant)} ${time.format(instant)}`;
    },
    number: (value) => number.format(value),
    percent: (value) => `${number.format(Math.round(value))} %`,
    money: (value) => money.format(value),
  };
}

/**
 * The width of a column sized to its content: never narrower than its longest word, so short
 * values (statuses, kinds, dates) are never broken mid-word, as a fixed narrow width did with
 * "Заплановано" when the PDF library had to break a word that did not fit.
 */
export const FIT = 'auto';

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

/**
 * An instant as a table cell: the date and time where it happens, with the zone named below,
 * kept on one line (the PDF library would otherwise break "Europe/Moscow" at the slash).
 */
export function zonedCell(f: Formats, instant: Date, timeZone: string): Content {
  return {
    stack: [
      { text: f.dateInZone(instant, timeZone), noWrap: true },
      { text: `(${timeZone})`, style: 'muted', noWrap: true },
    ],
  };
}

export type Section = (data: ReportData, labels: ReportLabels, format: Formats) => Content[];

export const heading = (text: string): Content => ({ text, style: 'h2' });
export const empty = (text: string): Content => ({ text, style: 'muted', margin: [0, 2, 0, 12] });
