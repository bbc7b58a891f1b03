/** Request limits: what one GraphQL request may cost before it is refused. */
export const BODY_LIMIT = '1mb';
export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 20;
export const MAX_DIRECTIVES = 20;
export const MAX_TOKENS = 5000;
export const MAX_QUERY_COST = 10000;
/** How often expired sessions are swept. */
export const SESSION_SWEEP_MS = 10 * 60 * 1000;

/** Retry-After of an UNAVAILABLE answer: long enough for a restart or a fail-over to begin. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
/**
 * A client gets this long to send a request's headers, and the whole request: a slow sender
 * (slowloris) cannot hold a connection open for ever. Uploads of large files fit in the latter.
 */
export const HEADERS_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 5 * 60 * 1000;
