/**
 * The error vocabulary both sides switch on. The server puts one of these in
 * `extensions.code`; the client never re-types them by hand.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A record (or its programme) already holds as many files or bytes as it may. */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /**
   * The database is out of reach, too slow or out of space: nothing is wrong with the request,
   * which may be sent again after `extensions.retryAfterSeconds` (HTTP 503 with Retry-After).
   */
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One invalid field of an input, as carried in `extensions.fields`. */
export interface FieldError {
  /** Dotted path into the input, e.g. `input.endsOn` or `password`. */
  field: string;
  message: string;
}

/** Machine-readable messages for field errors, translated on the client. */
export const FieldMessage = {
  REQUIRED: 'required',
  TOO_LONG: 'too_long',
  TOO_SHORT: 'too_short',
  INVALID: 'invalid',
  INVALID_EMAIL: 'invalid_email',
  INVALID_DATE: 'invalid_date',
  OUT_OF_RANGE: 'out_of_range',
  END_BEFORE_START: 'end_before_start',
  TAKEN: 'taken',
  UNKNOWN_REFERENCE: 'unknown_reference',
  WRONG_PASSWORD: 'wrong_password',
  TRANSITION_NOT_ALLOWED: 'transition_not_allowed',
  OUTSIDE_PERIOD: 'outside_period',
  SIDE_COUNTRY_MISMATCH: 'side_country_mismatch',
  DERIVED: 'derived',
  CYCLE: 'cycle',
  IN_USE: 'in_use',
  NOT_ALLOWED: 'not_allowed',
  /** A twinning relation of an organisation with itself. */
  SAME_ORGANISATION: 'same_organisation',
  /** A second twinning relation of a pair of organisations, either way round. */
  DUPLICATE_PAIR: 'duplicate_pair',
  /** A date of something that has happened, later than today. */
  IN_FUTURE: 'in_future',
  /** An event marked HELD before it has started. */
  NOT_STARTED: 'not_started',
  /** One more than a programme may hold, e.g. partners past PARTNERS_MAX. */
  TOO_MANY: 'too_many',
  /** Fewer than a minimum, e.g. an application's members below the call's minMembers. */
  TOO_FEW: 'too_few',
  /** The same item twice in a list, e.g. an organisation named twice as a member. */
  DUPLICATE: 'duplicate',
  /** A score above its criterion's maxScore. */
  ABOVE_MAX: 'above_max',
  /** A call that does not take applications now (not OPEN). */
  CALL_NOT_OPEN: 'call_not_open',
  /** A submission after the call's closing time, in the call's time zone. */
  PAST_CLOSING: 'past_closing',
} as const;
export type FieldMessage = (typeof FieldMessage)[keyof typeof FieldMessage];

/**
 * Why an uploaded file was refused (HTTP 415, in `extensions.reason`). Files are judged by
 * their content, never by the name or Content-Type the browser sends.
 */
export const FileRefusal = {
  EMPTY: 'empty',
  EXECUTABLE: 'executable',
  MARKUP: 'markup',
  ARCHIVE: 'archive',
  UNSUPPORTED_TYPE: 'unsupported_type',
  EXTENSION_MISMATCH: 'extension_mismatch',
} as const;
export type FileRefusal = (typeof FileRefusal)[keyof typeof FileRefusal];

/** `extensions.reason` of a body over the size limit (HTTP 413). */
export const TOO_LARGE_REASON = 'too_large';
/** `extensions.reason` of a body sent in a charset or content encoding the server does not read. */
export const UNSUPPORTED_BODY_REASON = 'unsupported_body';
