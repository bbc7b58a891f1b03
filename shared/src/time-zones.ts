/**
 * Time zone names as the tz database spells them today. ICU, and so Intl in Node 20 and in
 * browsers, still hands out the names some zones had before the tz database renamed them
 * (`Europe/Kiev` for Kyiv, renamed in 2022): both sides store and offer the current one.
 */

/** Old name (as Intl resolves it) → the tz database's current name of the same zone. */
export const RENAMED_TIME_ZONES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  // Merged into Kyiv's zone in 2022; runtimes that still know them resolve them to themselves.
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Area/Location names (Europe/Kyiv, America/Argentina/Buenos_Aires) or UTC; no bare offsets. */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * The current name of a zone given by any of its names, in any letter case (`europe/kiev`,
 * `Europe/Kyiv` → `Europe/Kyiv`); null for a name the runtime does not know.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!IANA_NAME.test(zone)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  return RENAMED_TIME_ZONES[resolved] ?? resolved;
}

/** True for a time zone name the runtime's IANA database knows. */
export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}

/** Every zone the runtime knows, each once under its current name, in order. */
export function timeZoneNames(): string[] {
  const names = new Set(
    Intl.supportedValuesOf('timeZone').map((zone) => RENAMED_TIME_ZONES[zone] ?? zone),
  );
  return [...names].sort();
}
