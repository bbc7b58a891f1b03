import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { readFromReplica, withRoute } from '../database/read-routing';
import type { Context } from './context';

/**
 * Set for a while after a user's write, so that user's next reads see it: they stay on the
 * primary until replicas have surely replayed the write. A cookie rather than memory, so any
 * instance behind a load balancer honours it.
 */
export const FRESH_COOKIE = 'spilno_fresh';
const FRESH_SECONDS = 10;

/**
 * Root fields a replica may answer: dashboards, reports, exports and the open lists, whose
 * readers accept data a fraction of a second old. Everything else reads the primary.
 */
const REPLICA_FIELDS = new Set([
  'programmeDashboard',
  'portfolio',
  'events',
  'monitoringIssues',
  'organisations',
  'twinningRelations',
  'publicProgramme',
  'progressReports',
  'reportingStatus',
  'exportActions',
  'exportOrganisations',
  '__typename',
]);

/** Mutations whose writes no list or dashboard shows: signing in does not keep one on the primary. */
const UNSEEN_WRITES = new Set(['signIn', 'signOut']);

function changesWhatOthersRead(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'mutation' &&
    operation.selectionSet.selections.some(
      (selection) => selection.kind !== Kind.FIELD || !UNSEEN_WRITES.has(selection.name.value),
    )
  );
}

export function wroteRecently(cookie: string | undefined): boolean {
  return (cookie ?? '').split(/;\s*/).some((pair) => pair.startsWith(`${FRESH_COOKIE}=`));
}

function replicaMayAnswer(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && REPLICA_FIELDS.has(selection.name.value),
    )
  );
}

/** Gives each request its own route (see read-routing.ts); mounted after body parsing. */
export function routeRequests(_req: Request, _res: Response, next: NextFunction): void {
  withRoute(next);
}

/** Download routes read like the queries above: on a replica unless the reader just wrote. */
export function routeDownloads(req: Request, _res: Response, next: NextFunction): void {
  withRoute(() => {
    if (req.method === 'GET' && !wroteRecently(req.headers.cookie)) readFromReplica();
    next();
  });
}

/** Moves read-only operations to a replica, and keeps a writer's next reads on the primary. */
export function replicaRoutingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const cookie = request.http?.headers.get('cookie');
      return {
        async didResolveOperation({ operation }) {
          if (operation && replicaMayAnswer(operation) && !wroteRecently(cookie)) readFromReplica();
        },
        async willSendResponse({ operation, contextValue }) {
          if (!operation || !changesWhatOthersRead(operation) || !contextValue.res) return;
          contextValue.res.cookie(FRESH_COOKIE, '1', {
            maxAge: FRESH_SECONDS * 1000,
            httpOnly: true,
            sameSite: 'lax',
            secure: contextValue.secure,
            path: '/',
          });
        },
      };
    },
  };
}
