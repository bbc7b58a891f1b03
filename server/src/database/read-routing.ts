import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type QueryRunner, type ReplicationMode } from 'typeorm';

/**
 * Which database a request's reads go to. Every request starts on the primary; a read-only
 * request that may read slightly old data (a dashboard, a report, an export, an open list)
 * is moved to a streaming replica before it reads anything (see replica-routing.ts).
 */
interface Route {
  replica: boolean;
}

const routes = new AsyncLocalStorage<Route>();

/** Runs `work` with its own route, on the primary until `readFromReplica` says otherwise. */
export function withRoute<T>(work: () => T): T {
  return routes.run({ replica: false }, work);
}

/** Moves the current request's remaining reads to a replica (nothing without replicas). */
export function readFromReplica(): void {
  const route = routes.getStore();
  if (route) route.replica = true;
}

function onReplica(): boolean {
  return routes.getStore()?.replica === true;
}

/** Statements a replica can run: reads, with no lock and no write anywhere in them. */
const READ_ONLY = /^\s*(?:SELECT|WITH)\b/i;
const WRITES =
  /\b(?:INSERT|UPDATE|DELETE|MERGE|TRUNCATE|FOR\s+(?:NO\s+KEY\s+)?UPDATE|FOR\s+SHARE|nextval|setval)\b/i;

/**
 * A data source whose reads follow the request's route. TypeORM sends a query builder's
 * reads to the mode `defaultReplicationModeForReads` names, and raw statements and
 * transactions to the primary; here a routed request's query-builder reads and raw
 * read-only statements go to a replica (TypeORM picks one of the configured ones), while
 * transactions and anything that writes stay on the primary whatever the route.
 */
export class RoutedDataSource extends DataSource {
  override defaultReplicationModeForReads(): ReplicationMode {
    return this.hasReplicas() && onReplica() ? 'slave' : 'master';
  }

  override async query<T = unknown>(
    sql: string,
    parameters?: unknown[],
    queryRunner?: QueryRunner,
  ): Promise<T> {
    if (queryRunner || !this.hasReplicas() || !onReplica() || !isReadOnly(sql)) {
      return super.query<T>(sql, parameters, queryRunner);
    }
    const replica = this.createQueryRunner('slave');
    try {
      return await super.query<T>(sql, parameters, replica);
    } finally {
      await replica.release();
    }
  }

  private hasReplicas(): boolean {
    const options = this.options as { replication?: { slaves?: unknown[] } };
    return (options.replication?.slaves?.length ?? 0) > 0;
  }
}

export function isReadOnly(sql: string): boolean {
  return READ_ONLY.test(sql) && !WRITES.test(sql);
}
