/** Runs one statement and returns its rows: a `pg` client or a TypeORM query runner, wrapped. */
export type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** TypeORM's table of applied migrations; the restore's own migrations fill it, never the archive. */
export const MIGRATIONS_TABLE = 'migrations';

/** A quoted identifier of the `public` schema, where TypeORM keeps every table. */
export function quoted(name: string): string {
  return `"public"."${name.replace(/"/g, '""')}"`;
}

export function column(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The schema's tables but the migrations', each with its stored columns in column order. */
export async function tablesOf(query: Query): Promise<{ name: string; columns: string[] }[]> {
  const rows = await query<{ table: string; column: string }>(
    `SELECT c.relname AS "table", a.attname AS "column"
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
        AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
    [MIGRATIONS_TABLE],
  );
  const tables = new Map<string, string[]>();
  for (const row of rows) {
    const columns = tables.get(row.table) ?? [];
    columns.push(row.column);
    tables.set(row.table, columns);
  }
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

/** The names of the migrations applied, oldest first; empty when none ever ran. */
export async function migrationsOf(query: Query): Promise<string[]> {
  const [exists] = await query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [
    quoted(MIGRATIONS_TABLE),
  ]);
  if (!exists?.found) return [];
  const rows = await query<{ name: string }>(
    `SELECT name FROM ${quoted(MIGRATIONS_TABLE)} ORDER BY "timestamp", id`,
  );
  return rows.map((row) => row.name);
}

/** How many relations (tables, views, sequences) the `public` schema holds. */
export async function relationCount(query: Query): Promise<number> {
  const [row] = await query<{ count: string }>(
    `SELECT count(*) AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`,
  );
  return Number(row?.count ?? 0);
}

/** Sequences of the schema but the one numbering the migrations table. */
export async function sequencesOf(query: Query): Promise<string[]> {
  const rows = await query<{ name: string }>(
    `SELECT s.relname AS name
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
       LEFT JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
            AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class owner ON owner.oid = d.refobjid
      WHERE n.nspname = 'public' AND s.relkind = 'S'
        AND owner.relname IS DISTINCT FROM $1
      ORDER BY s.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => row.name);
}

/**
 * The tables in an order that loads every referenced row before the rows that reference it.
 * A table's references to itself are checked at the end of its one insert statement, so they
 * need no order; a cycle between tables would, and the schema has none.
 */
export async function loadOrder(query: Query, tables: string[]): Promise<string[]> {
  const edges = await query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid`,
  );
  const parents = new Map(tables.map((name) => [name, new Set<string>()]));
  for (const edge of edges) {
    if (parents.has(edge.parent)) parents.get(edge.child)?.add(edge.parent);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter(
      (name) => !placed.has(name) && [...parents.get(name)!].every((parent) => placed.has(parent)),
    );
    if (!ready.length) {
      const left = tables.filter((name) => !placed.has(name));
      throw new Error(`Foreign keys form a cycle between ${left.join(', ')}`);
    }
    for (const name of ready) {
      placed.add(name);
      order.push(name);
    }
  }
  return order;
}

/**
 * Settings for the transaction of a backup or a restore: values written by COPY that any
 * PostgreSQL, embedded or not, reads back the same, and no timeout a role may have by default
 * to cut a long table short. SET LOCAL: the embedded database is one session, shared with the
 * running server.
 */
export const TRANSACTION_SETTINGS = [
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  "SET LOCAL TimeZone = 'UTC'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL bytea_output = 'hex'",
  'SET LOCAL statement_timeout = 0',
  'SET LOCAL idle_in_transaction_session_timeout = 0',
];
