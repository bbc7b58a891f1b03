import { describe, expect, it } from 'vitest';
import { ErrorCode, FileRefusal, TOO_LARGE_REASON } from './errors';
import { errorCodeOfHttpStatus, HTTP_STATUS, httpStatusOf } from './http-status';

describe('HTTP status of each error code', () => {
  it('gives every code a status, client errors 4xx and only the server-side ones 5xx', () => {
    expect(HTTP_STATUS).toEqual({
      BAD_USER_INPUT: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      QUOTA_EXCEEDED: 409,
      RATE_LIMITED: 429,
      INTERNAL_SERVER_ERROR: 500,
      UNAVAILABLE: 503,
    });
    for (const code of Object.values(ErrorCode)) {
      expect(httpStatusOf(code), code).toBe(HTTP_STATUS[code]);
    }
  });

  it('answers a body over the limit with 413 and a refused file with 415', () => {
    expect(httpStatusOf(ErrorCode.BAD_USER_INPUT, TOO_LARGE_REASON)).toBe(413);
    for (const reason of Object.values(FileRefusal)) {
      expect(httpStatusOf(ErrorCode.BAD_USER_INPUT, reason), reason).toBe(415);
    }
    expect(httpStatusOf(ErrorCode.BAD_USER_INPUT, 'virus')).toBe(400);
    // A reason refines only bad input: a conflict stays a conflict.
    expect(httpStatusOf(ErrorCode.CONFLICT, TOO_LARGE_REASON)).toBe(409);
  });

  it('reads a status back into the code it stands for', () => {
    for (const code of Object.values(ErrorCode)) {
      if (code === ErrorCode.QUOTA_EXCEEDED) continue;
      expect(errorCodeOfHttpStatus(HTTP_STATUS[code]), code).toBe(code);
    }
    expect(errorCodeOfHttpStatus(409)).toBe(ErrorCode.CONFLICT);
    expect(errorCodeOfHttpStatus(413)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(errorCodeOfHttpStatus(415)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(errorCodeOfHttpStatus(422)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(errorCodeOfHttpStatus(502)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(errorCodeOfHttpStatus(503)).toBe(ErrorCode.UNAVAILABLE);
    expect(errorCodeOfHttpStatus(0)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });
});
