import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode, FieldMessage, HTTP_STATUS } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, fieldErrorsOf, fieldNameOf, isNetworkFailure } from './errors';

function graphQLError(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'failed', extensions }] });
}

describe('errorCodeOf', () => {
  it('reads extensions.code', () => {
    expect(errorCodeOf(graphQLError({ code: ErrorCode.CONFLICT }))).toBe(ErrorCode.CONFLICT);
  });

  it('ignores codes outside the shared vocabulary', () => {
    expect(errorCodeOf(graphQLError({ code: 'GRAPHQL_VALIDATION_FAILED' }))).toBeNull();
  });

  it('reads a bare HTTP status through the shared table, a body’s code first', () => {
    const serverError = (status: number, bodyText: string) =>
      new ServerError('failed', { response: new Response(null, { status }), bodyText });
    for (const code of [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.RATE_LIMITED]) {
      expect(errorCodeOf(serverError(HTTP_STATUS[code], '<html>'))).toBe(code);
    }
    expect(errorCodeOf(serverError(502, ''))).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    const quota = JSON.stringify({ errors: [{ extensions: { code: ErrorCode.QUOTA_EXCEEDED } }] });
    expect(errorCodeOf(serverError(409, quota))).toBe(ErrorCode.QUOTA_EXCEEDED);
  });

  it('treats a failed fetch as a network failure, not a code', () => {
    const error = new TypeError('Failed to fetch');
    expect(errorCodeOf(error)).toBeNull();
    expect(isNetworkFailure(error)).toBe(true);
  });
});

describe('fieldErrorsOf', () => {
  it('returns well-formed field errors and skips the rest', () => {
    const error = graphQLError({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [
        { field: 'input.email', message: FieldMessage.TAKEN },
        { field: 42, message: 'broken' },
        'nonsense',
      ],
    });
    expect(fieldErrorsOf(error)).toEqual([{ field: 'input.email', message: FieldMessage.TAKEN }]);
  });
});

describe('fieldNameOf', () => {
  it.each([
    ['input.email', 'email'],
    ['newPassword', 'newPassword'],
    ['input.sides.0.country', 'country'],
  ])('maps %s to %s', (path, name) => {
    expect(fieldNameOf(path)).toBe(name);
  });
});
