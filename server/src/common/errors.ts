import { ErrorCode, FieldMessage, type FieldError } from '@spilno/shared';

/**
 * Errors a service may throw on purpose. Each carries the code the client sees;
 * anything else that escapes a resolver is treated as a bug (see error-format.ts).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string) {
    super(ErrorCode.NOT_FOUND, `${entity} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(entity: string, current?: { version: number; updatedBy?: string | null }) {
    super(
      ErrorCode.CONFLICT,
      `${entity} was changed by someone else meanwhile; reload it and try again`,
      current ? { currentVersion: current.version, updatedBy: current.updatedBy ?? null } : {},
    );
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, 'Too many attempts; try again later', { retryAfterSeconds });
  }
}

/**
 * The database cannot serve now, or every export worker is taken and the queue full; the same
 * request may succeed after `retryAfterSeconds`.
 */
export class UnavailableError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.UNAVAILABLE, 'The service is unavailable for a moment; try again shortly', {
      retryAfterSeconds,
    });
  }
}

export class BadInputError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(
      ErrorCode.BAD_USER_INPUT,
      `Invalid input: ${fields.map((f) => `${f.field} (${f.message})`).join(', ')}`,
      { fields },
    );
  }

  static field(field: string, message: FieldMessage): BadInputError {
    return new BadInputError([{ field, message }]);
  }
}

/** For queries that answer null rather than NOT_FOUND: any other error still propagates. */
export function nullIfNotFound(error: unknown): null {
  if (error instanceof NotFoundError) return null;
  throw error;
}
