import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { ErrorCode } from '@spilno/shared';
import type { DocumentNode } from 'graphql';
import { SignInMutation, SignOutMutation } from '../modules/auth/public';
import { errorCodeOf } from '../ui/errors';
import { createCachePersistenceLink } from './pwa/cachePersistence';

function operationNameOf(document: DocumentNode): string | null {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value ?? null;
  }
  return null;
}

// A failed sign-in answers UNAUTHENTICATED too, and the form explains it; signing out
// with an already expired session is handled by the sign-out flow itself.
const HANDLED_BY_CALLER: ReadonlySet<string | null> = new Set([
  operationNameOf(SignInMutation),
  operationNameOf(SignOutMutation),
]);

export interface ApolloOptions {
  /** Called when the session turned out to be gone; should clear the cache and go to sign-in. */
  onUnauthenticated: () => void;
}

/**
 * Notices a session that ended (expiry, sign-out elsewhere, deactivation) on any
 * operation; the operation's own error still reaches its caller.
 */
export function createSessionLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (HANDLED_BY_CALLER.has(operation.operationName ?? null)) return;
    if (errorCodeOf(error) === ErrorCode.UNAUTHENTICATED) onUnauthenticated();
  });
}

function isQuery(document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) => definition.kind === 'OperationDefinition' && definition.operation === 'query',
  );
}

/** Tries of a query met by UNAVAILABLE, the first included: a restart or fail-over, not longer. */
const UNAVAILABLE_ATTEMPTS = 4;

/**
 * Sends a query again, a little later each time, while the server answers UNAVAILABLE (its
 * database is restarting or failing over); the page meanwhile shows "retrying". A mutation is
 * never repeated behind the user's back: it may have been applied before the outage hit.
 */
export function createRetryLink(initialDelayMs = 1000): ApolloLink {
  return new RetryLink({
    delay: { initial: initialDelayMs, max: 5 * initialDelayMs, jitter: true },
    attempts: {
      max: UNAVAILABLE_ATTEMPTS,
      retryIf: (error, operation) =>
        isQuery(operation.query) && errorCodeOf(error) === ErrorCode.UNAVAILABLE,
    },
  });
}

/**
 * The `viewerCan` objects have no id, so by default the cache replaces one with the next
 * answer's, which may ask for other abilities: a page that read the first would find its
 * fields gone, refetch online, and fail offline from the kept copy. Merged, every ability read
 * stays.
 */
const ABILITY_TYPES = [
  'ActionAbilities',
  'EventAbilities',
  'IssueAbilities',
  'PartnerAbilities',
  'ProgrammeAbilities',
  'ReportAbilities',
  'TwinningAbilities',
  'UserAbilities',
];

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: Object.fromEntries(ABILITY_TYPES.map((type) => [type, { merge: true }])),
  });
}

export function createApolloClient({ onUnauthenticated }: ApolloOptions): ApolloClient {
  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // A JSON body is not a "simple" request, which is what the server's CSRF prevention
    // looks for; the explicit header documents that dependency.
    headers: { 'content-type': 'application/json' },
  });

  const cache = createCache();
  return new ApolloClient({
    link: ApolloLink.from([
      createSessionLink(onUnauthenticated),
      createRetryLink(),
      createCachePersistenceLink(cache),
      httpLink,
    ]),
    cache,
  });
}
