import { types } from 'pg';
import type { DataSource, DataSourceOptions } from 'typeorm';
import type { Config, DatabaseTimeouts } from '../config';
import { startEmbeddedDatabase } from './embedded';
import { entities } from './entities';
import { migrations } from './migrations';
import { RoutedDataSource } from './read-routing';

// Calendar dates stay YYYY-MM-DD strings end to end; pg would turn them into local-time Dates.
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value) => value);

/** See openDatabase: the embedded engine serves one connection at a time. */
const EMBEDDED_POOL_SIZE = 1;

export interface Database {
  dataSource: DataSource;
  embedded: boolean;
  /** The embedded database's data as a tarball; absent for a PostgreSQL server. */
  snapshot?: (compression?: 'none' | 'gzip') => Promise<Blob>;
  close(): Promise<void>;
}

type DatabaseConfig = Pick<Config, 'databaseUrl' | 'poolSize'> & {
  /** Embedded data directory; undefined keeps an embedded database in memory. */
  dataDir: string | undefined;
  /** Start the embedded database from a snapshot (see EmbeddedDatabase.snapshot). */
  from?: Blob;
  /** Bounds on waits for the database; absent, nothing is bounded (tests, scripts' defaults). */
  databaseTimeouts?: DatabaseTimeouts;
  /** Streaming replicas of `databaseUrl` for read-only requests (see read-routing.ts). */
  readUrls?: string[];
  /** The migrations `runMigrations` knows; absent, all of them. A restore stops at its backup's. */
  migrations?: typeof migrations;
};

/**
 * The pool's share of the timeouts. The server-side ones make PostgreSQL end a statement or a
 * transaction that runs too long; `query_timeout` is the driver's own guard for a server that
 * answers nothing at all (frozen, or a network partition), where only the client can give up.
 */
function serverPoolOptions(timeouts: DatabaseTimeouts | undefined): Record<string, unknown> {
  if (!timeouts) return {};
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    query_timeout: timeouts.statementMs + timeouts.connectMs,
    // A peer that vanished without closing the connection is noticed rather than waited on.
    keepAlive: true,
  };
}

function options(
  known: typeof migrations | undefined,
  extra: Partial<DataSourceOptions>,
): DataSourceOptions {
  return {
    type: 'postgres',
    entities,
    migrations: known ?? migrations,
    // The schema only ever changes through migrations.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    ...extra,
  } as DataSourceOptions;
}

/** Opens the configured database: a PostgreSQL server by URL, else the embedded one. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const extra = { max: config.poolSize, ...serverPoolOptions(config.databaseTimeouts) };
    const replicas = config.readUrls ?? [];
    const dataSource = new RoutedDataSource(
      options(
        config.migrations,
        replicas.length
          ? {
              // Reads go to the primary unless the request's route says a replica will do.
              replication: {
                master: { url: config.databaseUrl },
                slaves: replicas.map((url) => ({ url })),
                defaultMode: 'master',
              },
              extra,
            }
          : { url: config.databaseUrl, extra },
      ),
    );
    await dataSource.initialize();
    return { dataSource, embedded: false, close: () => dataSource.destroy() };
  }
  const embedded = await startEmbeddedDatabase(config.dataDir, EMBEDDED_POOL_SIZE, config.from);
  const dataSource = new RoutedDataSource(
    options(config.migrations, {
      host: embedded.socketDir,
      port: embedded.port,
      username: 'postgres',
      database: 'postgres',
      // PGlite is one session: pglite-socket can interleave statements of concurrent
      // connections (even inside a transaction), so the embedded pool has exactly one
      // connection and requests queue for it, as they would for the single-threaded engine.
      // The engine cannot cancel a statement, so the one bound is on the wait for the connection.
      // That wait is the queue of every request's statements, not a hung server, so it is
      // bounded by the statement timeout: a busy embedded database is slow, not unavailable.
      extra: {
        max: EMBEDDED_POOL_SIZE,
        ...(config.databaseTimeouts
          ? { connectionTimeoutMillis: config.databaseTimeouts.statementMs }
          : {}),
      },
    }),
  );
  await dataSource.initialize();
  return {
    dataSource,
    embedded: true,
    snapshot: (compression) => embedded.snapshot(compression),
    async close() {
      await dataSource.destroy();
      await embedded.stop();
    },
  };
}
