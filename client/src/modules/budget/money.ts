/** Amounts in the programme's currency, formatted for the reader's language. */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact ? 'compact' : 'full'}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        ...(compact
          ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
          : {}),
      });
    } catch {
      // An unknown currency code: still show the amount, with the code beside it.
      format = new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : {});
    }
    formatters.set(key, format);
  }
  return format;
}

function withCode(format: Intl.NumberFormat, value: number, currency: string): string {
  const text = format.format(value);
  return format.resolvedOptions().style === 'currency' ? text : `${text} ${currency}`;
}

export function formatMoney(value: number, currency: string, locale: string): string {
  return withCode(formatter(locale, currency, false), value, currency);
}

/** Short amounts for chart axes, e.g. "40 тис. ₴" or "€40K". */
export function formatMoneyCompact(value: number, currency: string, locale: string): string {
  return withCode(formatter(locale, currency, true), value, currency);
}

/** Spent as a share of planned, in whole per cent; null when nothing was planned. */
export function spentShare(planned: number, spent: number): number | null {
  if (!(planned > 0)) return null;
  return Math.round((spent / planned) * 100);
}
