import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from './context';
import { wroteRecently } from './replica-routing';

/**
 * Root fields whose reads are heavy and asked for by many people at once: the dashboard, a
 * programme (its plan outline, its printed report) and the progress reports. Only a query
 * whose every root field is one of these joins another's flight.
 */
const COALESCED_FIELDS = new Set([
  'programmeDashboard',
  'programme',
  'progressReport',
  'progressReports',
  'reportingStatus',
  '__typename',
]);

function mayCoalesce(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && COALESCED_FIELDS.has(selection.name.value),
    )
  );
}

/** What one execution answered, as every request that waited for it answers too. */
type Answer = Pick<GraphQLResponse, 'body'> & {
  status: number | undefined;
  headers: [string, string][];
};

interface Flight {
  /** Null when the execution ended without an answer to share: each waiter then runs its own. */
  answer: Promise<Answer | null>;
  land(answer: Answer | null): void;
}

/**
 * Everything an answer of the fields above depends on: who asks (permissions and scope follow
 * the user, so a change of role or organisation is another flight) and what exactly is asked.
 * The rest of the context (address, device cookie, session token) no such field reads.
 */
function flightKey(
  context: Context,
  source: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  const user = context.user;
  return JSON.stringify([
    user?.id ?? null,
    user?.role ?? null,
    user?.organisationId ?? null,
    operationName ?? null,
    source,
    variables ?? {},
  ]);
}

/**
 * Single flight for the heavy reads: while one execution of a query is running, an identical
 * request waits for it and answers what it answered, errors included, instead of executing the
 * same resolvers again. Twenty people opening the same dashboard cost one execution.
 *
 * Nothing outlives the flight: the key is dropped when the first execution answers (or its
 * request ends without answering), so the next request executes anew and a reader never gets
 * data older than the execution it joined. A request carrying the fresh cookie (its user just
 * wrote) never joins one, so it reads its own write. Written here rather than taken from a
 * library: the flight must start and land on Apollo's own hooks (after the operation is
 * resolved and the user known, and when the formatted answer exists), which the generic
 * single-flight packages, wrapping one function call, do not offer.
 */
export function coalescePlugin(): ApolloServerPlugin<Context> {
  const flights = new Map<string, Flight>();

  return {
    async requestDidStart({ request }) {
      if (wroteRecently(request.http?.headers.get('cookie'))) return;
      let leading: Flight | undefined;
      return {
        async responseForOperation({ operation, source, contextValue }) {
          if (!mayCoalesce(operation)) return null;
          const key = flightKey(contextValue, source, request.operationName, request.variables);
          const joined = flights.get(key);
          if (joined) {
            const answer = await joined.answer;
            if (!answer) return null;
            return {
              body: answer.body,
              http: { status: answer.status, headers: new HeaderMap(answer.headers) },
            };
          }
          let resolve!: (answer: Answer | null) => void;
          const flight: Flight = {
            answer: new Promise((settle) => (resolve = settle)),
            land(answer) {
              if (flights.get(key) === flight) flights.delete(key);
              contextValue.res.off('close', abandon);
              resolve(answer);
            },
          };
          // Apollo answers every execution through willSendResponse; this covers a request
          // that ends some other way, so no waiter is left hanging.
          const abandon = () => flight.land(null);
          contextValue.res.once('close', abandon);
          flights.set(key, flight);
          leading = flight;
          return null;
        },
        async willSendResponse({ response }) {
          leading?.land(
            response.body.kind === 'single'
              ? {
                  body: response.body,
                  status: response.http.status,
                  headers: [...response.http.headers],
                }
              : null,
          );
        },
      };
    },
  };
}
