import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Config } from '../../config';
import { createAttachmentStore } from '../../modules/attachments/public';
import { causeOf } from '../data-dir';
import { writeArchive } from './archive';
import {
  column,
  migrationsOf,
  TRANSACTION_SETTINGS,
  quoted,
  sequencesOf,
  tablesOf,
  type Query,
} from './catalog';
import { BackupError } from './errors';
import {
  ATTACHMENTS_DIR,
  FORMAT_VERSION,
  TABLES_DIR,
  type AttachmentsEntry,
  type Manifest,
  type TableEntry,
} from './manifest';
import { openSource } from './source';

export type BackupConfig = Pick<Config, 'databaseUrl' | 'dataDir' | 's3'>;
export type Log = (line: string) => void;

/** A line of progress this often within one long table. */
const ROWS_PER_PROGRESS_LINE = 100_000;

/**
 * The bytes of every attachment whose row the snapshot holds. They are copied first, while the
 * snapshot is young: a file is deleted only after its row's deletion commits, so one can go
 * missing only when its attachment was deleted while the backup ran (and the embedded
 * database commits nothing else while the backup's transaction is open).
 */
async function copyAttachments(
  query: Query,
  config: BackupConfig,
  staging: string,
  log: Log,
): Promise<AttachmentsEntry> {
  const folder = path.join(staging, ATTACHMENTS_DIR);
  fs.mkdirSync(folder);
  if (config.s3) {
    log(
      `Attachments are in the S3 bucket ${config.s3.bucket} and are NOT in this backup: back the bucket up on its own.`,
    );
    return { store: 's3', included: false, files: 0, bytes: 0, missing: [] };
  }
  const store = createAttachmentStore(config);
  // The attachments module's table: `storageKey` names the file of each attachment.
  const keys = await query<{ key: string }>(
    `SELECT DISTINCT "storageKey" AS key FROM ${quoted('attachment')} ORDER BY 1`,
  );
  const entry: AttachmentsEntry = {
    store: 'filesystem',
    included: true,
    files: 0,
    bytes: 0,
    missing: [],
  };
  for (const { key } of keys) {
    const bytes = await store.get(key);
    if (!bytes) {
      entry.missing.push(key);
      continue;
    }
    const target = path.join(folder, key);
    await pipeline(bytes, fs.createWriteStream(target, { mode: 0o600 }));
    entry.files += 1;
    entry.bytes += fs.statSync(target).size;
  }
  log(`Attachments: ${entry.files} files, ${entry.bytes} bytes.`);
  if (entry.missing.length) {
    log(
      `Warning: ${entry.missing.length} attachment files were deleted while the backup ran; their rows are restored without bytes: ${entry.missing.join(', ')}`,
    );
  }
  return entry;
}

/** One table's rows into `tables/<name>.tsv` by COPY, counted as they pass. */
async function dumpTable(
  client: Client,
  table: { name: string; columns: string[] },
  staging: string,
  log: Log,
): Promise<TableEntry> {
  const file = `${TABLES_DIR}/${table.name}.tsv`;
  let rows = 0;
  let reported = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      // COPY escapes newlines inside values: each raw one ends a row.
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows += 1;
      if (rows - reported >= ROWS_PER_PROGRESS_LINE) {
        reported = rows;
        log(`  ${table.name}: ${rows} rows so far`);
      }
      done(null, chunk);
    },
  });
  const columns = table.columns.map(column).join(', ');
  await pipeline(
    client.query(copyTo(`COPY ${quoted(table.name)} (${columns}) TO STDOUT`)),
    counter,
    fs.createWriteStream(path.join(staging, file), { mode: 0o600 }),
  );
  return { name: table.name, columns: table.columns, rows, file };
}

/** Said before anything is read: a backup that cannot land is better refused at once. */
function checkWritable(file: string): void {
  try {
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new BackupError(`${file} is a directory: name the backup file to write`);
    }
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup cannot be written to ${file}: ${causeOf(error)}`);
  }
}

/**
 * Writes a backup of the configured database, and of the attachment files when they are on the
 * file system, to `file`. Everything is read in one REPEATABLE READ transaction: one snapshot,
 * however much the running server writes meanwhile.
 */
export async function takeBackup(config: BackupConfig, file: string, log: Log): Promise<Manifest> {
  const started = Date.now();
  checkWritable(file);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-backup-'));
  try {
    fs.mkdirSync(path.join(staging, TABLES_DIR));
    const source = await openSource(config, log);
    let manifest: Manifest;
    try {
      const query: Query = async (sql, params) =>
        (await source.client.query(sql, params)).rows as never[];
      await query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // The snapshot is taken by the first statement, just after.
      const createdAt = new Date().toISOString();
      for (const setting of TRANSACTION_SETTINGS) await query(setting);
      const migrations = await migrationsOf(query);
      if (!migrations.length) {
        throw new BackupError('The configured database holds no Spilno data: no migrations ran');
      }
      const attachments = await copyAttachments(query, config, staging, log);
      const tables: TableEntry[] = [];
      const all = await tablesOf(query);
      let rows = 0;
      for (const table of all) {
        const entry = await dumpTable(source.client, table, staging, log);
        tables.push(entry);
        rows += entry.rows;
        log(
          `  ${entry.name}: ${entry.rows} rows (${tables.length}/${all.length} tables, ${rows} rows)`,
        );
      }
      const sequences = [];
      for (const name of await sequencesOf(query)) {
        const [state] = await query<{ value: string; called: boolean }>(
          `SELECT last_value::text AS value, is_called AS called FROM ${quoted(name)}`,
        );
        sequences.push({ name, value: state!.value, called: state!.called });
      }
      await query('COMMIT');
      manifest = {
        format: FORMAT_VERSION,
        application: 'spilno',
        createdAt,
        source: source.kind,
        migrations,
        tables,
        sequences,
        attachments,
      };
    } finally {
      await source.close();
    }
    await writeArchive(staging, manifest, file);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(
      `Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.attachments.files} attachment files, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
