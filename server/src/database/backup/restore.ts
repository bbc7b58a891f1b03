import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAttachmentStore } from '../../modules/attachments/public';
import { QUEUE_SCHEMA } from '../../modules/notifications/public';
import { openDatabase, type Database } from '../data-source';
import { migrations } from '../migrations';
import { StorageError } from '../data-dir';
import { readArchive } from './archive';
import type { BackupConfig, Log } from './backup';
import { migrationsOf, relationCount, tablesOf, type Query } from './catalog';
import { BackupError, reason } from './errors';
import { loadRows } from './load';
import { ATTACHMENTS_DIR, type Manifest } from './manifest';

const known = migrations.map((migration) => new migration().name ?? migration.name);

/** The code's migrations up to the backup's last, or why this version cannot restore it. */
export function migrationsFor(manifest: Manifest, file: string): typeof migrations {
  manifest.migrations.forEach((name, index) => {
    if (known[index] !== name) {
      throw new BackupError(
        known.includes(name)
          ? `${file} has the migrations in an order this version of Spilno never applied them (${name})`
          : `${file} was made by a newer version of Spilno (its database has migration ${name}, unknown here): restore it with that version or a later one`,
      );
    }
  });
  return migrations.slice(0, manifest.migrations.length);
}

function targetName(config: BackupConfig): string {
  return config.databaseUrl ? 'The database at DATABASE_URL' : `DATA_DIR ${config.dataDir}`;
}

/**
 * Nothing but an empty `public` schema: what a new database has. The job queue's schema goes
 * too: the migrations make it again, and its jobs are not part of a backup.
 */
async function clear(query: Query): Promise<void> {
  await query(`DROP SCHEMA IF EXISTS ${QUEUE_SCHEMA} CASCADE`);
  await query('DROP SCHEMA public CASCADE');
  await query('CREATE SCHEMA public');
}

/** The migrated target must have the backup's tables, each with the backup's columns. */
async function checkSchema(query: Query, manifest: Manifest, file: string): Promise<void> {
  const target = new Map((await tablesOf(query)).map((table) => [table.name, table.columns]));
  const unlike = manifest.tables.filter((table) => {
    const columns = target.get(table.name);
    return (
      !columns ||
      columns.length !== table.columns.length ||
      !table.columns.every((name) => columns.includes(name))
    );
  });
  const absent = [...target.keys()].filter((name) => !manifest.tables.some((t) => t.name === name));
  if (unlike.length || absent.length) {
    const names = [...unlike.map((table) => table.name), ...absent].join(', ');
    throw new BackupError(
      `${file} does not match the schema its migrations make (tables ${names})`,
    );
  }
}

/** Bytes before rows, as the attachment service writes them: never a row without its file. */
async function putAttachments(
  config: BackupConfig,
  staging: string,
  manifest: Manifest,
  file: string,
  log: Log,
) {
  if (!manifest.attachments.included) {
    log('This backup holds no attachment files: they were in an S3 bucket, backed up on its own.');
    return;
  }
  const folder = path.join(staging, ATTACHMENTS_DIR);
  const keys = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
  if (keys.length !== manifest.attachments.files) {
    throw new BackupError(
      `${file} is damaged: it holds ${keys.length} attachment files, its manifest says ${manifest.attachments.files}`,
    );
  }
  const store = createAttachmentStore(config);
  try {
    for (const key of keys) await store.put(key, fs.readFileSync(path.join(folder, key)));
  } finally {
    store.close?.();
  }
  log(`Attachments: ${keys.length} files, ${manifest.attachments.bytes} bytes.`);
}

function queryOf(db: Database): Query {
  return (sql, params) => db.dataSource.query(sql, params);
}

/**
 * Restores the backup in `file` into the configured database, which must be empty (no tables,
 * no migrations) unless `force`, which replaces whatever it holds. The target is migrated to the
 * backup's migrations, loaded, and then migrated on to this version's. On a failure it is left
 * empty again, never half restored.
 */
export async function restoreBackup(
  config: BackupConfig,
  file: string,
  options: { force: boolean },
  log: Log,
): Promise<Manifest> {
  const started = Date.now();
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-restore-'));
  try {
    const manifest = await readArchive(file, staging);
    const upTo = migrationsFor(manifest, file);
    const target = { databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 };
    const db = await openDatabase({ ...target, migrations: upTo }).catch((error: unknown) => {
      if (error instanceof StorageError) throw error;
      throw new BackupError(`${targetName(config)} cannot be opened: ${reason(error)}`);
    });
    let rows: number;
    try {
      const query = queryOf(db);
      const relations = await relationCount(query);
      if (relations > 0) {
        if (!options.force) {
          const applied = (await migrationsOf(query)).length;
          throw new BackupError(
            `${targetName(config)} is not empty (${relations} tables and sequences, ${applied} migrations applied): restore into an empty one, or add --force to replace what it holds`,
          );
        }
        log(`${targetName(config)} is not empty: replacing what it holds (--force).`);
        await clear(query);
      }
      try {
        await db.dataSource.runMigrations({ transaction: 'each' });
        await checkSchema(query, manifest, file);
        await putAttachments(config, staging, manifest, file, log);
        rows = await loadRows(db.dataSource, staging, manifest, file, log);
      } catch (error) {
        await clear(query).catch(() => undefined);
        throw error;
      }
    } finally {
      await db.close();
    }
    if (upTo.length < migrations.length) {
      const current = await openDatabase(target);
      try {
        const ran = await current.dataSource.runMigrations({ transaction: 'each' });
        log(`Migrated on to this version: ${ran.map((migration) => migration.name).join(', ')}.`);
      } finally {
        await current.close();
      }
    }
    log(
      `Restored ${file} (made ${manifest.createdAt} from the ${manifest.source} database): ${manifest.tables.length} tables, ${rows} rows, ${manifest.attachments.files} attachment files, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
