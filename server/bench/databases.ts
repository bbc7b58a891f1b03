import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '../src/database/data-source';
import { hasBinary, startCluster, withDatabase } from '../test/global-setup';

export type DatabaseKind = 'postgres' | 'embedded';

/** What the benchmark reads of one statement in `pg_stat_statements`. */
export interface StatementCount {
  query: string;
  calls: number;
}

export interface BenchDatabase {
  kind: DatabaseKind;
  /** The server's environment naming this database. */
  env: Record<string, string>;
  /** Seconds the volume script took. */
  volumeSeconds: number;
  /** Runs SQL beside the server (PostgreSQL), or with the server stopped (embedded). */
  sql(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Statements since the last reset (PostgreSQL only: the embedded engine has no extension). */
  statements?: { reset(): Promise<void>; read(): Promise<StatementCount[]> };
  stop(): Promise<void>;
}

const VOLUME = fs.readFileSync(path.join(__dirname, 'volume.sql'), 'utf8');

/** Debian keeps initdb and pg_ctl off PATH: use its newest PostgreSQL's when none is on it. */
function findPostgresBinaries() {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => path.join(root, v, 'bin')).find((dir) => fs.existsSync(dir));
  if (bin) process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
}

async function migrateAndLoad(config: { databaseUrl?: string; dataDir?: string }) {
  // No timeouts: the volume script runs for many seconds in one statement.
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 1,
  });
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const started = performance.now();
    await db.dataSource.query(VOLUME);
    return (performance.now() - started) / 1000;
  } finally {
    await db.close();
  }
}

/** A throwaway PostgreSQL cluster with `pg_stat_statements`, migrated and filled. */
async function postgres(): Promise<BenchDatabase> {
  if (!hasBinary('initdb')) findPostgresBinaries();
  const cluster = await startCluster({
    shared_preload_libraries: 'pg_stat_statements',
    'pg_stat_statements.track': 'top',
    shared_buffers: '256MB',
  });
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = withDatabase(cluster.url, 'bench');
  const volumeSeconds = await migrateAndLoad({ databaseUrl: url });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const sql = async (text: string, params?: unknown[]) => (await pool.query(text, params)).rows;
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url },
    volumeSeconds,
    sql,
    statements: {
      reset: async () => void (await sql('SELECT pg_stat_statements_reset()')),
      read: async () =>
        (await sql(
          `SELECT query, calls::int AS calls FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query NOT ILIKE '%pg_stat_statements%'`,
        )) as unknown as StatementCount[],
    },
    stop: async () => {
      await pool.end();
      cluster.stop();
    },
  };
}

/** An embedded data directory, migrated and filled; only one process may open it at a time. */
async function embedded(): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-bench-'));
  const dataDir = path.join(dir, 'data');
  const volumeSeconds = await migrateAndLoad({ dataDir });
  return {
    kind: 'embedded',
    env: { DATA_DIR: dataDir },
    volumeSeconds,
    async sql(text, params) {
      const db = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 1 });
      try {
        return (await db.dataSource.query(text, params)) as Record<string, unknown>[];
      } finally {
        await db.close();
      }
    },
    stop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export function openBenchDatabase(kind: DatabaseKind): Promise<BenchDatabase> {
  return kind === 'postgres' ? postgres() : embedded();
}
