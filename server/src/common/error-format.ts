import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, FieldMessage } from '@spilno/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from './db-errors';
import type { Logger } from './logger';
import { AppError } from './errors';
import { unavailableError } from './unavailable';

/** Codes Apollo and GraphQL themselves produce for a malformed request: safe to pass on. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const VARIABLE = /Variable "\$(\w+)"/;
/** graphql-js hints ("Did you mean the enum value …?") would describe the schema to a prober. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * A typed error thrown in a resolver, or refused before execution by a plugin hook (which
 * Apollo hands over as a GraphQLError with no path, the AppError as its original).
 */
function typedError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof AppError) {
    return error.originalError;
  }
  return null;
}

/**
 * The one place errors become responses. Typed AppErrors keep their code and extensions;
 * request errors keep their message (naming the variable as a field); anything else is a bug:
 * logged in full, answered as a bare internal error with no stack, SQL or schema detail.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const typed = typedError(original);
    if (typed) {
      return {
        message: typed.message,
        path: formatted.path,
        extensions: { ...typed.extensions, code: typed.code },
      };
    }
    if (isDatabaseUnavailable(original)) {
      // An outage, not a bug: worth a warning, and the client may send the request again.
      logger.warn({ err: original, path: formatted.path }, 'database unavailable');
      const unavailable = unavailableError();
      return {
        message: unavailable.message,
        path: formatted.path,
        extensions: { ...unavailable.extensions, code: unavailable.code },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code) && !formatted.path) {
      // Only a value can be an invalid field: "Variable "$id" is never used" is the document's fault.
      const variable =
        code === 'BAD_USER_INPUT' ? VARIABLE.exec(formatted.message)?.[1] : undefined;
      return {
        message: formatted.message.replace(SUGGESTION, ''),
        locations: formatted.locations,
        extensions: {
          code: code === 'BAD_USER_INPUT' ? ErrorCode.BAD_USER_INPUT : code,
          ...(variable ? { fields: [{ field: variable, message: FieldMessage.INVALID }] } : {}),
        },
      };
    }
    logger.error(
      { err: original, path: formatted.path },
      'unexpected error in a GraphQL operation',
    );
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
