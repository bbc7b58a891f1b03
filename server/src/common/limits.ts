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
 * How often Node looks for connections over their headers or request timeout (its default,
 * 30 s, would let a slow sender hold a connection that much longer than the timeout says).
 */
export const CONNECTIONS_CHECK_MS = 1000;
