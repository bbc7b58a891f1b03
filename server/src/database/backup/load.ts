import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { DataSource } from 'typeorm';
import { column, loadOrder, TRANSACTION_SETTINGS, quoted, type Query } from './catalog';
import { copyFields } from './copy-text';
import { BackupError } from './errors';
import type { Manifest, TableEntry } from './manifest';
import type { Log } from './backup';

/** Bind parameters per INSERT: well under PostgreSQL's limit of 65 535. */
const PARAMETERS_PER_INSERT = 20_000;
const ROWS_PER_INSERT = 1_000;

/** A table's file, inserted a batch of rows at a time; returns how many rows it held. */
async function loadTable(
  query: Query,
  staging: string,
  table: TableEntry,
  archive: string,
): Promise<number> {
  const file = path.join(staging, table.file);
  if (!fs.existsSync(file))
    throw new BackupError(`${archive} is damaged: ${table.file} is missing`);
  const rowsPerInsert = Math.max(
    1,
    Math.min(ROWS_PER_INSERT, Math.floor(PARAMETERS_PER_INSERT / table.columns.length)),
  );
  const columns = table.columns.map(column).join(', ');
  let batch: (string | null)[][] = [];
  let rows = 0;
  const flush = async () => {
    if (!batch.length) return;
    let index = 0;
    const tuples = batch.map((values) => `(${values.map(() => `$${(index += 1)}`).join(', ')})`);
    // Every value goes as text, read by its column's input function, as COPY FROM would.
    await query(
      `INSERT INTO ${quoted(table.name)} (${columns}) OVERRIDING SYSTEM VALUE VALUES ${tuples.join(', ')}`,
      batch.flat(),
    );
    batch = [];
  };
  const lines = readline.createInterface({
    input: fs.createReadStream(file, 'utf8'),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    const values = copyFields(line);
    if (values.length !== table.columns.length) {
      throw new BackupError(
        `${archive} is damaged: a row of ${table.file} has ${values.length} values, not ${table.columns.length}`,
      );
    }
    batch.push(values);
    rows += 1;
    if (batch.length >= rowsPerInsert) await flush();
  }
  await flush();
  return rows;
}

/**
 * Loads every table of the backup into the freshly migrated database, in one transaction:
 * the target ends up with all of the backup's rows or with none.
 */
export async function loadRows(
  dataSource: DataSource,
  staging: string,
  manifest: Manifest,
  archive: string,
  log: Log,
): Promise<number> {
  const runner = dataSource.createQueryRunner();
  const query: Query = (sql, params) => runner.query(sql, params);
  const names = manifest.tables.map((table) => table.name);
  const byName = new Map(manifest.tables.map((table) => [table.name, table]));
  try {
    await runner.startTransaction();
    for (const setting of TRANSACTION_SETTINGS) await query(setting);
    // The rows are loaded as they were, so no trigger may act on them: one keeping a tally
    // would count every row a second time, and the audit log's refuses the truncation below.
    // The archive holds every table, those that triggers maintain included, so nothing is
    // left to derive. DISABLE TRIGGER USER needs only ownership of the tables, where
    // session_replication_role would need a superuser; foreign keys stay checked.
    for (const name of names) await query(`ALTER TABLE ${quoted(name)} DISABLE TRIGGER USER`);
    // Rows the migrations themselves inserted are in the backup too.
    await query(`TRUNCATE ${names.map(quoted).join(', ')}`);
    let total = 0;
    let done = 0;
    for (const name of await loadOrder(query, names)) {
      const table = byName.get(name)!;
      const rows = await loadTable(query, staging, table, archive);
      if (rows !== table.rows) {
        throw new BackupError(
          `${archive} is damaged: ${table.file} holds ${rows} rows, its manifest says ${table.rows}`,
        );
      }
      total += rows;
      done += 1;
      log(`  ${name}: ${rows} rows (${done}/${names.length} tables, ${total} rows)`);
    }
    for (const sequence of manifest.sequences) {
      await query('SELECT setval($1::regclass, $2::bigint, $3::boolean)', [
        quoted(sequence.name),
        sequence.value,
        sequence.called,
      ]);
    }
    for (const name of names) await query(`ALTER TABLE ${quoted(name)} ENABLE TRIGGER USER`);
    for (const table of manifest.tables) {
      const [row] = await query<{ count: string }>(
        `SELECT count(*) AS count FROM ${quoted(table.name)}`,
      );
      if (Number(row?.count) !== table.rows) {
        throw new Error(
          `${table.name} holds ${row?.count} rows after the restore, not ${table.rows}`,
        );
      }
    }
    await runner.commitTransaction();
    return total;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
