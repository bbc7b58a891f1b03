/**
 * Locale-aware formatting through Intl, so dates, numbers and country names follow the
 * interface language without translation tables of our own.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Calendar dates are zone-less; format them in UTC so no offset shifts the day. */
export function formatLocalDate(value: string, locale: string): string {
  const match = LOCAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

const displayNamesCache = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string): Intl.DisplayNames {
  let names = displayNamesCache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNamesCache.set(locale, names);
  }
  return names;
}

/** ISO 3166-1 alpha-2 code → its name in the interface language (the code if unknown). */
export function countryName(code: string, locale: string): string {
  try {
    return regionNames(locale).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

// User-assigned and grouping codes that Intl knows by name but that are not countries.
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Withdrawn codes (SU, YU, DD…) canonicalise to their successors; list only the latter. */
function isCanonicalRegion(code: string): boolean {
  try {
    return new Intl.Locale(`und-${code}`).region === code;
  } catch {
    return false;
  }
}

const countryOptionsCache = new Map<string, { value: string; label: string }[]>();

/**
 * Every alpha-2 code the runtime can name, sorted by name: the country filter needs the
 * whole list, and Intl already carries it in every language we speak.
 */
export function countryOptions(locale: string): { value: string; label: string }[] {
  const cached = countryOptionsCache.get(locale);
  if (cached) return cached;
  const names = regionNames(locale);
  const options: { value: string; label: string }[] = [];
  const A = 'A'.charCodeAt(0);
  for (let first = 0; first < 26; first += 1) {
    for (let second = 0; second < 26; second += 1) {
      const code = String.fromCharCode(A + first, A + second);
      if (NOT_COUNTRIES.has(code) || !isCanonicalRegion(code)) continue;
      const label = names.of(code);
      if (label && label !== code) options.push({ value: code, label });
    }
  }
  const collator = new Intl.Collator(locale);
  options.sort((a, b) => collator.compare(a.label, b.label));
  countryOptionsCache.set(locale, options);
  return options;
}
