import type { ErrorRequestHandler } from 'express';
import { ErrorCode, TOO_LARGE_REASON, UNSUPPORTED_BODY_REASON } from '@spilno/shared';
import { isDatabaseUnavailable } from './db-errors';
import { sendError } from './http-route';
import type { Logger } from './logger';
import { unavailableError } from './unavailable';

/**
 * Errors raised outside GraphQL and outside a route's own handling (a body over the limit,
 * malformed JSON, a bug) answered as JSON with the status of their code, never Express's
 * HTML page with a stack.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error }, 'database unavailable');
      const unavailable = unavailableError();
      sendError(res, unavailable.code, unavailable.message, unavailable.extensions);
    } else if (status === 413) {
      sendError(res, ErrorCode.BAD_USER_INPUT, 'Request body too large', {
        reason: TOO_LARGE_REASON,
      });
    } else if (status === 415) {
      // A charset or content encoding the body parser does not read.
      sendError(res, ErrorCode.BAD_USER_INPUT, 'Unsupported request body', {
        reason: UNSUPPORTED_BODY_REASON,
      });
    } else if (status >= 400 && status < 500) {
      sendError(res, ErrorCode.BAD_USER_INPUT, 'Malformed request');
    } else {
      logger.error({ err: error }, 'unexpected error in an HTTP request');
      sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
    }
  };
}
