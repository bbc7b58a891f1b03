import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '@spilno/shared';
import type { Logger } from './logger';

/**
 * Errors raised outside GraphQL (a body over the limit, malformed JSON) answered as JSON
 * with their HTTP status, never Express's HTML page with a stack.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error }, 'unexpected error in an HTTP request');
    const message =
      status === 413
        ? 'Request body too large'
        : status < 500
          ? 'Malformed request'
          : 'Internal server error';
    const code = status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR;
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
