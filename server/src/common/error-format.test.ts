import { Writable } from 'node:stream';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter } from './error-format';
import { BadInputError, ConflictError, ForbiddenError } from './errors';

/** A real logger writing into memory, so a test can read what the server would log. */
function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'error' }, stream), lines };
}

/** What Apollo hands formatError for an error thrown inside a resolver at `path`. */
function thrownInResolver(error: Error, path = ['programme']) {
  const wrapped = new GraphQLError(error.message, { path, originalError: error });
  return { formatted: wrapped.toJSON(), error: wrapped };
}

describe('createErrorFormatter', () => {
  it('keeps a typed error’s code, message and extensions, and nothing else', () => {
    const { logger, lines } = capturingLogger();
    const format = createErrorFormatter(logger);
    const bad = thrownInResolver(BadInputError.field('input.endsOn', 'end_before_start'));
    expect(format(bad.formatted, bad.error)).toEqual({
      message: 'Invalid input: input.endsOn (end_before_start)',
      path: ['programme'],
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.endsOn', message: 'end_before_start' }],
      },
    });
    const conflict = thrownInResolver(new ConflictError('Programme', { version: 4 }));
    expect(format(conflict.formatted, conflict.error).extensions).toEqual({
      code: 'CONFLICT',
      currentVersion: 4,
      updatedBy: null,
    });
    const forbidden = thrownInResolver(new ForbiddenError());
    expect(format(forbidden.formatted, forbidden.error).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(lines).toEqual([]);
  });

  it('turns anything unexpected into a bare internal error and logs the detail', () => {
    const { logger, lines } = capturingLogger();
    const format = createErrorFormatter(logger);
    const sqlError = new Error('relation "programme" does not exist: SELECT * FROM programme');
    const { formatted, error } = thrownInResolver(sqlError, ['programmes']);
    const answer = format(
      { ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      error,
    );
    expect(answer).toEqual({
      message: 'Internal server error',
      path: ['programmes'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]!) as {
      msg: string;
      err: { message: string; stack: string };
    };
    expect(logged.err.message).toContain('SELECT * FROM programme');
    expect(logged.err.stack).toContain('error-format.test');
  });

  it('answers a database outage as UNAVAILABLE with a retry delay, never as a bug', () => {
    const { logger, lines } = capturingLogger();
    const format = createErrorFormatter(logger);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const { formatted, error } = thrownInResolver(refused, ['programmes']);
    expect(format(formatted, error)).toEqual({
      message: 'The service is unavailable for a moment; try again shortly',
      path: ['programmes'],
      extensions: { code: 'UNAVAILABLE', retryAfterSeconds: 5 },
    });
    // Logged as a warning (below this logger's level), not as an unexpected error.
    expect(lines).toEqual([]);
  });

  it('keeps the fields of a typed error refused before execution, which has no path', () => {
    const { logger, lines } = capturingLogger();
    const format = createErrorFormatter(logger);
    const refused = BadInputError.field('input.title', 'invalid');
    const error = new GraphQLError(refused.message, {
      originalError: refused,
      extensions: { code: 'BAD_USER_INPUT', fields: refused.fields },
    });
    expect(format(error.toJSON(), error)).toEqual({
      message: 'Invalid input: input.title (invalid)',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.title', message: 'invalid' }],
      },
    });
    expect(lines).toEqual([]);
  });

  it('does not trust a request-error code that comes from inside a resolver', () => {
    const { logger } = capturingLogger();
    const format = createErrorFormatter(logger);
    const sneaky = new GraphQLError('secret detail', {
      path: ['programme'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(format(sneaky.toJSON(), sneaky)).toEqual({
      message: 'Internal server error',
      path: ['programme'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('hides the detail of a failure before execution, such as context creation', () => {
    const { logger, lines } = capturingLogger();
    const format = createErrorFormatter(logger);
    const formatted: GraphQLFormattedError = {
      message: 'Context creation failed: connect ECONNREFUSED 10.0.0.5:5432',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    expect(format(formatted, new Error(formatted.message))).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(lines.join('')).toContain('ECONNREFUSED');
  });

  it('names the variable of a bad variable as the field', () => {
    const format = createErrorFormatter(capturingLogger().logger);
    const formatted: GraphQLFormattedError = {
      message:
        'Variable "$limit" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
      locations: [{ line: 1, column: 8 }],
      extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at coerceVariableValues'] },
    };
    expect(format(formatted, new GraphQLError(formatted.message))).toEqual({
      message: formatted.message,
      locations: [{ line: 1, column: 8 }],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'limit', message: 'invalid' }] },
    });
  });

  it('names no field for a document that misuses a variable', () => {
    const format = createErrorFormatter(capturingLogger().logger);
    const formatted: GraphQLFormattedError = {
      message: 'Variable "$id" is never used in operation "CoerceFailure".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(format(formatted, new GraphQLError(formatted.message)).extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('passes request errors on without suggestions of schema names', () => {
    const format = createErrorFormatter(capturingLogger().logger);
    const formatted: GraphQLFormattedError = {
      message:
        'Value "CITY_COUNCL" does not exist in "OrganisationKind" enum. Did you mean the enum value "CITY_COUNCIL"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(format(formatted, new GraphQLError(formatted.message))).toEqual({
      message: 'Value "CITY_COUNCL" does not exist in "OrganisationKind" enum.',
      locations: undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
