import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Client } from 'pg';

/** Statements on one session, in order: settings made by one hold for the next. */
export interface Session {
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function serverSession(url: string): Promise<Session> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    query: async (sql, params) => (await client.query(sql, params)).rows,
    close: () => client.end(),
  };
}

/** The embedded database of a DATA_DIR no server holds, opened in this process with amcheck. */
export async function embeddedSession(dataDir: string): Promise<Session> {
  const db = await PGlite.create(path.join(dataDir, 'pg'), { extensions: { amcheck, pg_trgm } });
  return {
    query: async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows,
    close: () => db.close(),
  };
}

/** The organisations of `ids` that are not stored. */
export async function missingOrganisations(session: Session, ids: string[]): Promise<string[]> {
  const rows = await session.query('SELECT id FROM organisation WHERE id = ANY($1::uuid[])', [ids]);
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

export interface IndexReport {
  /**
   * B-tree indexes checked, each against its table: every row must be in it, in order. None
   * on a server that lacks amcheck or does not let this account install it.
   */
  checked: number;
  /** Per table, its row count read by a sequential scan and through its primary key. */
  counts: { table: string; heap: number; index: number }[];
}

const BTREE_INDEXES = `SELECT c.oid::regclass::text AS name FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_am a ON a.oid = c.relam
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE a.amname = 'btree' AND n.nspname = 'public' AND i.indisvalid`;

/**
 * amcheck's bt_index_check with heapallindexed on every b-tree index of the schema (it throws
 * on a damaged one or a row missing from it), and each table counted with and without its
 * primary key, a quick check that a reader would see the same either way.
 */
export async function checkIndexes(session: Session, tables: string[]): Promise<IndexReport> {
  const amcheck = await session.query('CREATE EXTENSION IF NOT EXISTS amcheck').then(
    () => true,
    () => false,
  );
  const indexes = amcheck ? await session.query(BTREE_INDEXES) : [];
  for (const { name } of indexes) {
    await session.query('SELECT bt_index_check($1::regclass, true)', [name]);
  }
  const counts: IndexReport['counts'] = [];
  for (const table of tables) {
    const count = async (seqscan: boolean) => {
      await session.query(`SET enable_seqscan = ${seqscan}`);
      await session.query(`SET enable_bitmapscan = ${seqscan}`);
      const plan = await session.query(`EXPLAIN SELECT count(*) FROM "${table}"`);
      const usesIndex = plan.some((row) => /Index/.test(String(Object.values(row)[0])));
      if (usesIndex === seqscan) throw new Error(`the plan for ${table} did not scan as meant`);
      const [row] = await session.query(`SELECT count(*)::int AS n FROM "${table}"`);
      return row!.n as number;
    };
    counts.push({ table, heap: await count(true), index: await count(false) });
  }
  await session.query('RESET enable_seqscan');
  await session.query('RESET enable_bitmapscan');
  return { checked: indexes.length, counts };
}
