/** Limits used by both the server's input classes and the client's forms. */
export const EMAIL_MAX = 254;
export const NAME_MAX = 120;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;
export const SEARCH_MAX = 100;
export const TITLE_MAX = 200;
export const CODE_MAX = 32;
export const SUMMARY_MAX = 4000;
export const REGION_MAX = 120;
export const NOTE_MAX = 2000;
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;
/** Events the printed progress report lists, the latest; it counts the earlier ones. */
export const REPORT_EVENTS_MAX = 1000;
export const POPULATION_MAX = 100_000_000;

/** ISO 3166-1 alpha-2. */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/** Pragmatic e-mail shape check; the real proof is that mail arrives. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Sign-in throttling: failures counted per e-mail and per client address for browsers without a
 * device cookie of the account, and per device for those with one (docs/contract.md).
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_MAX_FAILURES_PER_EMAIL = 10;
export const SIGN_IN_MAX_FAILURES_PER_ADDRESS = 50;
/** Failures one trusted browser (a valid device cookie) may make before it is locked itself. */
export const SIGN_IN_MAX_FAILURES_PER_DEVICE = 10;
/** How long the device cookie of a successful sign-in is kept. */
export const DEVICE_COOKIE_DAYS = 90;

/** Session lifetime. */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;

/** Working languages are ISO 639-1 codes. */
export const LOCALE_CODE_PATTERN = /^[a-z]{2}$/;
/** ISO 4217 currency codes. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const DESCRIPTION_MAX = 4000;
export const PERSON_MAX = 120;
export const MIN_SIDES = 2;
export const MAX_SIDES = 6;
export const MAX_LANGUAGES = 6;
export const PROGRESS_MIN = 0;
export const PROGRESS_MAX = 100;
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 1000;
export const BUDGET_MAX = 1_000_000_000_000;
export const UNIT_MAX = 40;
export const INDICATOR_VALUE_MAX = 1_000_000_000;
/** Rows one CSV import may carry. */
export const IMPORT_ROWS_MAX = 5000;
/** Characters one CSV upload may carry (well under the request body limit). */
export const IMPORT_CHARS_MAX = 900_000;
/** Events. */
export const VENUE_MAX = 300;
export const URL_MAX = 2000;
export const OUTCOMES_MAX = 20_000;
export const AGENDA_ITEMS_MAX = 50;
export const PARTICIPANTS_MAX = 200;
export const ATTENDEES_MAX = 1_000_000;
export const TIME_ZONE_MAX = 64;
/** Largest attachment, in bytes (20 MB). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Longest attachment file name kept, in characters (the extension survives shortening). */
export const ATTACHMENT_NAME_MAX = 200;
/** Twinning relations: areas of cooperation and contacts on each side. */
export const TWINNING_AREAS_MAX = 12;
export const TWINNING_AREA_MAX = 80;
export const TWINNING_CONTACTS_MAX = 10;
export const PHONE_MAX = 40;
/** Monitoring: question prompts of a round, and comments on an issue. */
export const ROUND_PROMPTS_MAX = 20;
export const PROMPT_MAX = 500;
export const COMMENT_MAX = 4000;
/** Progress reports and reporting periods. */
export const NARRATIVE_MAX = 20_000;
export const REVIEW_COMMENT_MAX = 4000;
export const PERIOD_MONTHS_MIN = 1;
export const PERIOD_MONTHS_MAX = 24;
export const DUE_DAYS_MAX = 366;
/** Periods one programme may have (a monthly cadence over ten years fits). */
export const REPORTING_PERIODS_MAX = 120;
