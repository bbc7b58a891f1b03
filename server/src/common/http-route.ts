import { ErrorCode, httpStatusOf } from '@spilno/shared';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { SignedInUser } from './module-types';
import type { CoreServices } from './module';
import { AppError, UnauthenticatedError } from './errors';
import { createViewer } from './viewer';

/**
 * What every REST route needs: the core services and a way to read the session cookie (the auth
 * module's sessions, described by shape so that `common/` names no module).
 */
export type RouteServices = CoreServices & {
  sessions: {
    fromCookies(cookieHeader: string | undefined): Promise<{ user: SignedInUser } | null>;
  };
};

/** What a route handler is given: the request, the response, and who is signed in. */
export interface RouteContext<P> {
  req: Request<P>;
  res: Response;
  /** The signed-in, active user, read from the session cookie exactly as `/graphql` reads it. */
  viewer: SignedInUser | null;
}

/** The signed-in user of a route that needs one; signed out is UNAUTHENTICATED (401). */
export function signedInViewer(ctx: { viewer: SignedInUser | null }): SignedInUser {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

const KNOWN_CODES: ReadonlySet<unknown> = new Set(Object.values(ErrorCode));

function isErrorCode(value: unknown): value is ErrorCode {
  return KNOWN_CODES.has(value);
}

/**
 * Answers an error in the shape `/graphql` uses, with the status of its code, and with
 * `Retry-After` when it says when to try again (UNAVAILABLE, RATE_LIMITED).
 */
export function sendError(
  res: Response,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  if (typeof extensions.retryAfterSeconds === 'number') {
    res.setHeader('Retry-After', String(extensions.retryAfterSeconds));
  }
  res
    .status(httpStatusOf(code, extensions.reason))
    .json({ errors: [{ message, extensions: { ...extensions, code } }] });
}

/** An error thrown on purpose (AppError, or a GraphQLError with one of our codes), or null. */
function deliberate(
  error: unknown,
): { code: ErrorCode; message: string; extensions: Record<string, unknown> } | null {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, extensions: error.extensions };
  }
  if (error instanceof GraphQLError) {
    const { code, ...extensions } = error.extensions;
    if (isErrorCode(code)) return { code, message: error.message, extensions };
  }
  return null;
}

/**
 * The one way a REST route is written: the handler gets `{ req, res, viewer }` and throws
 * typed errors like a resolver does; they are answered as JSON with the status from the
 * shared table. Anything else goes on to the HTTP error handler (logged, a bare 500).
 */
export function route<P = Record<string, string>>(
  services: RouteServices,
  handler: (ctx: RouteContext<P>) => Promise<void>,
): RequestHandler<P> {
  return async (req: Request<P>, res: Response, next: NextFunction) => {
    try {
      const session = await services.sessions.fromCookies(req.headers.cookie);
      const user = session?.user ?? null;
      // The request's viewer, found by the services' policy checks through `user`.
      if (user) createViewer(services.dataSource, user);
      await handler({ req, res, viewer: user });
    } catch (error) {
      const known = deliberate(error);
      // Once a download has started its status is sent; all that is left is to cut it short.
      if (known && !res.headersSent) sendError(res, known.code, known.message, known.extensions);
      else next(error);
    }
  };
}
