import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** pg-boss's tables live in a schema of their own, made by a migration like ours. */
export const QUEUE_SCHEMA = 'pgboss';

/** The queues, made by the same migration so that a write can enqueue before anything starts. */
export const QUEUES = {
  /** A notice after a write: works out who is told and writes their notifications. */
  deliver: 'notification-deliver',
  /** One notification by e-mail. */
  mail: 'notification-mail',
  /** The daily digest of everyone who asked for one. */
  digest: 'notification-digest',
  /** Reports due in 7 days or late, and issues nobody took on. */
  reminders: 'notification-reminders',
} as const;

/** Retries wait 10 s, 20 s, 40 s … (pg-boss's backoff), for about an hour in all. */
export const RETRY = { retryLimit: 8, retryDelay: 10, retryBackoff: true } as const;

interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

interface PoolClient extends Queryable {
  release(destroy?: boolean): void;
}

/**
 * pg-boss over the data source's own pool: one connection on the embedded database. Some of
 * its statements are whole transactions (BEGIN … COMMIT in one text); one that fails midway
 * is rolled back before the connection goes back to the pool, or a request would next find it
 * in an aborted transaction.
 */
export function poolExecutor(dataSource: DataSource): PgBoss.Db {
  const pool = (dataSource.driver as PostgresDriver).master as {
    connect(): Promise<PoolClient>;
  };
  return {
    async executeSql(text, values) {
      const client = await pool.connect();
      let broken = false;
      try {
        return (await client.query(text, values)) as { rows: never[] };
      } catch (error) {
        broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        );
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

/** pg-boss inside a transaction: a job sent through it is rolled back with the write. */
export function transactionExecutor(manager: EntityManager): PgBoss.Db {
  // TypeORM's runner keeps the pg client of its transaction here.
  const client = (manager.queryRunner as unknown as { databaseConnection?: Queryable } | undefined)
    ?.databaseConnection;
  if (!client) throw new Error('enqueueing with a write needs the manager of its transaction');
  return {
    executeSql: (text, values) => client.query(text, values) as Promise<{ rows: never[] }>,
  };
}

/**
 * A queue that has not started still sends (into its tables); `start` adds the workers and
 * the schedules. Polling, not LISTEN: the embedded database is one session, whose NOTIFY no
 * other connection hears.
 */
export function createQueue(dataSource: DataSource): PgBoss {
  return new PgBoss({
    db: poolExecutor(dataSource),
    schema: QUEUE_SCHEMA,
    // The schema is made and kept by our migrations.
    migrate: false,
    ...RETRY,
  });
}
