import { ErrorCode } from '@spilno/shared';
import { errorCodeOf, isNetworkFailure } from '../../ui/errors';
import { UploadError } from './send';

/**
 * What a failed try means for a queued write:
 * - `network`: no answer (offline, or the answer was lost): try again when the connection returns;
 * - `later`: the server could not do it now (restarting, rate limit): try again after a pause;
 * - `signedOut`: the session ended: wait until the same user signs in again;
 * - `attention`: the server refused this write as it is: keep it for the user to fix or discard.
 */
export type FailureKind = 'network' | 'later' | 'signedOut' | 'attention';

const REFUSALS: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.CONFLICT,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.QUOTA_EXCEEDED,
]);

export function classifyCode(code: ErrorCode | null): FailureKind {
  if (code === ErrorCode.UNAUTHENTICATED) return 'signedOut';
  if (code !== null && REFUSALS.has(code)) return 'attention';
  return 'later';
}

export function classifyFailure(error: unknown): FailureKind {
  if (isNetworkFailure(error)) return 'network';
  return classifyCode(errorCodeOf(error));
}

/** A form queues its write only when the network failed, never when the server answered. */
export function shouldQueue(error: unknown): boolean {
  return classifyFailure(error) === 'network';
}

/** Classifies a failed send, its uploads' failures included. */
export function classifyOutboxFailure(failure: unknown): FailureKind {
  if (failure instanceof UploadError) {
    return failure.failure.network ? 'network' : classifyCode(failure.failure.code);
  }
  return classifyFailure(failure);
}

/** The error code the user is shown for a refused item. */
export function refusalReason(failure: unknown): string {
  if (failure instanceof UploadError && !failure.failure.network) return failure.failure.code;
  return errorCodeOf(failure) ?? ErrorCode.INTERNAL_SERVER_ERROR;
}
