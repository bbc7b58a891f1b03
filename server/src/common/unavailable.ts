import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, HTTP_STATUS } from '@spilno/shared';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './db-errors';
import { UnavailableError } from './errors';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from './limits';

export const UNAVAILABLE_STATUS = HTTP_STATUS[ErrorCode.UNAVAILABLE];

/** The typed error a database outage becomes, wherever it surfaced. */
export function unavailableError(): UnavailableError {
  return new UnavailableError(UNAVAILABLE_RETRY_AFTER_SECONDS);
}

/**
 * For the GraphQL context function: Apollo answers a context that failed to build with 500
 * unless the error itself names its status, so an outage met while reading the session names
 * 503 and Retry-After here (the formatter then reads the UnavailableError inside).
 */
export function contextFailure(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  const typed = unavailableError();
  return new GraphQLError(typed.message, {
    originalError: typed,
    extensions: {
      code: typed.code,
      http: {
        status: UNAVAILABLE_STATUS,
        headers: new HeaderMap([['retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)]]),
      },
    },
  });
}

/**
 * A GraphQL response that carries a database outage is answered 503 with Retry-After, not 200:
 * load balancers, proxies and clients see at once that it is worth sending again later.
 */
export function unavailablePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          const outage = errors.some((error) => {
            const original = unwrapResolverError(error);
            return (
              original instanceof UnavailableError ||
              (error.originalError ?? null) instanceof UnavailableError ||
              isDatabaseUnavailable(original)
            );
          });
          if (!outage) return;
          response.http.status = UNAVAILABLE_STATUS;
          response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
