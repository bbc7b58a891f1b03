/** PostgreSQL's code for a unique violation. */
const UNIQUE_VIOLATION = '23505';

/** True when `error` is a unique-constraint violation (a race lost after a pre-check). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string }; code?: string } | null) ?? {};
  return (driverError.driverError?.code ?? driverError.code) === UNIQUE_VIOLATION;
}

/**
 * PostgreSQL codes of a database that cannot serve now though the request was fine: the
 * server shutting down or starting (57P01–57P03), a broken connection (class 08), a statement
 * or lock wait over its timeout (57014, 55P03), an idle transaction ended (25P03) and no
 * resources left: disk, memory or connection slots (class 53).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '55P03', '25P03']);
const UNAVAILABLE_CLASSES = ['08', '53'];
/** Node's codes for a database host that refuses, drops or never answers the connection. */
const UNAVAILABLE_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** The pg driver's and pool's own words for the same, which carry no code. */
const UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Query read timeout',
  'Cannot use a pool after calling end on the pool',
  'is not queryable',
];

/**
 * TypeORM releases a query runner whose connection fails between two statements (a server
 * shutting down ends idle sessions too), so the rest of that transaction meets a released
 * runner. Nothing else releases one while it is in use: here it is the same outage.
 */
const UNAVAILABLE_NAMES = new Set(['QueryRunnerAlreadyReleasedError']);

function isUnavailableOne(error: { code?: unknown; message?: unknown; name?: unknown }): boolean {
  if (typeof error.name === 'string' && UNAVAILABLE_NAMES.has(error.name)) return true;
  const code = typeof error.code === 'string' ? error.code : '';
  if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SYSTEM_CODES.has(code)) return true;
  if (/^[0-9A-Z]{5}$/.test(code) && UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return UNAVAILABLE_MESSAGES.some((words) => message.includes(words));
}

/**
 * True when `error` says the database cannot serve now (down, unreachable, frozen, too slow or
 * full) rather than that the request or the code is wrong. TypeORM wraps the driver's error
 * in `driverError`, GraphQL in `originalError`, and Node's AggregateError of a refused connection lists one per address.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    const candidate = next as {
      name?: unknown;
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      originalError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (isUnavailableOne(candidate)) return true;
    pending.push(candidate.driverError, candidate.originalError, candidate.cause);
    if (Array.isArray(candidate.errors)) pending.push(...candidate.errors);
  }
  return false;
}
