import { ErrorCode, FileRefusal, TOO_LARGE_REASON, UNSUPPORTED_BODY_REASON } from './errors';

/**
 * The HTTP status of each error code, for every answer outside `/graphql` (downloads,
 * uploads, exports, calendar feeds). The server answers with it; the client reads a status
 * back into a code with `errorCodeOfHttpStatus` when a body carries none.
 *
 * QUOTA_EXCEEDED is 409: the file itself is fine, the record it goes to is full (its current
 * state refuses it), and 5xx would page an operator for what is the user's to resolve.
 * UNAVAILABLE is 503, the status proxies and clients already know to retry after a while.
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.QUOTA_EXCEEDED]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [ErrorCode.UNAVAILABLE]: 503,
};

/** Codes worth sending again unchanged: the fault was the server's, not the request's. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.INTERNAL_SERVER_ERROR,
  ErrorCode.UNAVAILABLE,
]);

/** BAD_USER_INPUT refined by its `extensions.reason`: a body over the limit, a refused file. */
export const PAYLOAD_TOO_LARGE = 413;
export const UNSUPPORTED_MEDIA_TYPE = 415;

const FILE_REFUSALS: ReadonlySet<unknown> = new Set(Object.values(FileRefusal));

/** The status of an error with this code and `extensions.reason`. */
export function httpStatusOf(code: ErrorCode, reason?: unknown): number {
  if (code === ErrorCode.BAD_USER_INPUT) {
    if (reason === TOO_LARGE_REASON) return PAYLOAD_TOO_LARGE;
    if (FILE_REFUSALS.has(reason) || reason === UNSUPPORTED_BODY_REASON) {
      return UNSUPPORTED_MEDIA_TYPE;
    }
  }
  return HTTP_STATUS[code];
}

/**
 * The code an answer without a readable body stands for. Where two codes share a status the
 * older one is meant (409 is CONFLICT); the server's own answers always name their code.
 */
export function errorCodeOfHttpStatus(status: number): ErrorCode {
  if (status === PAYLOAD_TOO_LARGE || status === UNSUPPORTED_MEDIA_TYPE) {
    return ErrorCode.BAD_USER_INPUT;
  }
  for (const code of Object.values(ErrorCode)) {
    if (HTTP_STATUS[code] === status) return code;
  }
  return status >= 400 && status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR;
}
