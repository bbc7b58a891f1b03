import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadAttachment, uploadAttachment } from '../attachment-http';
import {
  copyLines,
  rowsOf,
  runScript,
  sqlClient,
  unpack,
  type CommandResult,
} from '../backup-support';
import { eventInput, LOG_EVENT } from '../event-documents';
import { restoreBackup } from '../../src/database/backup/restore';
import { openDatabase } from '../../src/database/data-source';
import { startEmbeddedDatabase } from '../../src/database/embedded';
import { migrations } from '../../src/database/migrations';
import { hasBinary, startCluster, withDatabase, type Cluster } from '../global-setup';
import { Client } from '../graphql';
import { spawnServer, stopServer, type ServerProcess } from '../server-process';
import { SIGN_IN } from '../user-documents';

/** Where a server keeps its data: a PostgreSQL database, or none (embedded), and its DATA_DIR. */
interface Target {
  databaseUrl?: string;
  dataDir: string;
}

const embedded = process.env.TEST_DB === 'pglite';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-backup-test-'));
const backupFile = path.join(tmp, 'spilno.tar.gz');
const servers: ServerProcess[] = [];
const databases: string[] = [];
let admin: PgClient | undefined;
let cluster: Cluster | undefined;

const PROGRAMMES = '{ programmes { id code title status sides { id name } } }';
const EVENTS = `query ($programmeId: ID!) { events(programmeId: $programmeId, limit: 200) {
  total items { id title startsAt type } } }`;
const ATTACHMENTS = `query ($id: ID!) { event(id: $id) { attachments { id fileName size sha256 } } }`;
/** Bytes that only the upload's copy and its backup can hold. */
const FILE = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from(crypto.randomBytes(48 * 1024).toString('base64')),
  Buffer.from('\n%%EOF\n'),
]);

function envOf(target: Target): Record<string, string> {
  return target.databaseUrl
    ? { DATABASE_URL: target.databaseUrl, DATA_DIR: target.dataDir, SPILNO_DEMO: '1' }
    : { DATA_DIR: target.dataDir };
}

/** A new, empty data directory and, on PostgreSQL, a database: cloned from the migrated template. */
async function newTarget(name: string, migrated: boolean): Promise<Target> {
  const dataDir = path.join(tmp, name);
  if (embedded) return { dataDir };
  const templateUrl = inject('postgresTemplateUrl');
  if (!admin) {
    admin = new PgClient({ connectionString: withDatabase(templateUrl, 'postgres') });
    await admin.connect();
  }
  const database = `spilno_backup_${name}_${crypto.randomBytes(4).toString('hex')}`;
  await admin.query(
    `CREATE DATABASE ${database} TEMPLATE ${migrated ? 'spilno_template' : 'template0'}`,
  );
  databases.push(database);
  return { databaseUrl: withDatabase(templateUrl, database), dataDir };
}

async function start(target: Target): Promise<{ url: string; client: Client }> {
  const server = spawnServer(envOf(target));
  servers.push(server);
  const url = await server.listening;
  const client = new Client(url);
  await client.ok(SIGN_IN, { email: 'admin@spilno.test', password: 'spilno-demo-2026' });
  return { url, client };
}

/** A failure the operator reads: one line on stderr, no stack, exit code 1. */
function expectOneLine(result: CommandResult, text: string) {
  expect(result.code).toBe(1);
  expect(result.stderr.trim()).toContain(text);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
}

let source: Target;
let target: Target;
let sourceServer: { url: string; client: Client };
let programmeId: string;
/** Where the events written during the backup go, so the other programme's stay comparable. */
let busyProgrammeId: string;
let eventId: string;
let attachmentId: string;

beforeAll(async () => {
  source = await newTarget('source', true);
  target = await newTarget('target', false);
  sourceServer = await start(source);
  const { programmes } = await sourceServer.client.ok<{ programmes: { id: string }[] }>(PROGRAMMES);
  // The demo's programme with events is compared; the other one takes the writes.
  for (const { id } of programmes) {
    const { events } = await sourceServer.client.ok<{ events: { items: { id: string }[] } }>(
      EVENTS,
      { programmeId: id },
    );
    if (events.items[0] && !eventId) {
      programmeId = id;
      eventId = events.items[0].id;
    } else busyProgrammeId = id;
  }
  const uploaded = await uploadAttachment(
    sourceServer.url,
    sourceServer.client,
    eventId,
    'agreement.pdf',
    FILE,
  );
  expect(uploaded.status).toBe(201);
  attachmentId = uploaded.body.id;
});

afterAll(async () => {
  await Promise.all(servers.map((server) => stopServer(server)));
  for (const database of databases) {
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
  await admin?.end();
  cluster?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Logs events one after another until stopped, as a busy user would. */
function keepWriting(client: Client) {
  let writing = true;
  const written: number[] = [];
  const failures: string[] = [];
  const done = (async () => {
    for (let n = 1; writing; n += 1) {
      const result = await client.request(LOG_EVENT, {
        programmeId: busyProgrammeId,
        input: eventInput({ title: `Written ${n}` }),
      });
      if (result.errors?.length || !result.data) failures.push(JSON.stringify(result.errors));
      else written.push(n);
    }
  })();
  return {
    written,
    failures,
    stop: async () => {
      writing = false;
      await done;
    },
  };
}

describe('pnpm db:backup and pnpm db:restore', () => {
  it(
    'back up a running server while it is written to, and restore it with its attachments',
    { timeout: 180_000 },
    async () => {
      const writer = keepWriting(sourceServer.client);
      while (writer.written.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
      const before = writer.written.length;
      const backup = await runScript('backup', [backupFile], envOf(source));
      const during = writer.written.length - before;
      await writer.stop();
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain(`Backup written to ${backupFile}`);
      expect(backup.stdout).toMatch(/user_account: \d+ rows \(\d+\/\d+ tables, \d+ rows\)/);
      // The server went on serving, and answering correctly, while the backup read.
      expect(writer.failures).toEqual([]);
      expect(during).toBeGreaterThan(0);

      const restored = await runScript('restore', [backupFile], envOf(target));
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toContain('Attachments: 1 files');

      // A restored database is no longer empty. (In this process: the command's way of
      // printing a refusal is the same for every one, and the cases below run it.)
      const config = { databaseUrl: target.databaseUrl, dataDir: target.dataDir, s3: null };
      const lines: string[] = [];
      await expect(
        restoreBackup(config, backupFile, { force: false }, (line) => lines.push(line)),
      ).rejects.toThrow(
        /is not empty \(\d+ tables and sequences, \d+ migrations applied\): restore into an empty one, or add --force/,
      );
      await restoreBackup(config, backupFile, { force: true }, (line) => lines.push(line));
      expect(lines).toContainEqual(expect.stringContaining('replacing what it holds (--force)'));

      const copy = await start(target);
      expect(await copy.client.ok(EVENTS, { programmeId })).toEqual(
        await sourceServer.client.ok(EVENTS, { programmeId }),
      );
      expect(await copy.client.ok(PROGRAMMES)).toEqual(await sourceServer.client.ok(PROGRAMMES));
      expect(await copy.client.ok(ATTACHMENTS, { id: eventId })).toEqual(
        await sourceServer.client.ok(ATTACHMENTS, { id: eventId }),
      );
      const download = await downloadAttachment(copy.url, copy.client, attachmentId);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(FILE)).toBe(true);

      const [fromSql, toSql] = [await sqlClient(source), await sqlClient(target)];
      try {
        for (const table of ['organisation', 'programme', 'programme_side', 'attachment']) {
          expect(await rowsOf(toSql, table), table).toEqual(await rowsOf(fromSql, table));
        }
        // The tallies of held events came as they were, not counted again as events loaded.
        expect(await rowsOf(toSql, 'event_tally')).not.toEqual([]);
        for (const table of ['event_tally', 'attendance_tally', 'organisation_tally']) {
          expect(await rowsOf(toSql, table), table).toEqual(await rowsOf(fromSql, table));
        }
        // One snapshot: every event written before some moment of the backup, and no other.
        const { rows } = await toSql.query<{ title: string }>(
          `SELECT title FROM event WHERE title LIKE 'Written %'`,
        );
        const kept = rows.map((row) => Number(row.title.slice('Written '.length)));
        expect(kept.length).toBeGreaterThanOrEqual(before);
        expect(kept.sort((a, b) => a - b)).toEqual(
          Array.from({ length: kept.length }, (_, i) => i + 1),
        );
      } finally {
        await Promise.all([fromSql.end(), toSql.end()]);
      }
    },
  );

  it('says in one line why a file cannot be restored', async () => {
    const empty = { dataDir: path.join(tmp, 'never'), databaseUrl: target.databaseUrl };
    const garbage = path.join(tmp, 'garbage.tar.gz');
    fs.writeFileSync(garbage, 'not an archive at all\n');
    expectOneLine(await runScript('restore', [garbage], envOf(empty)), 'is not a Spilno backup');
    const cut = path.join(tmp, 'cut.tar.gz');
    fs.writeFileSync(cut, fs.readFileSync(backupFile).subarray(0, 2000));
    expectOneLine(await runScript('restore', [cut], envOf(empty)), 'is not a Spilno backup');
    expectOneLine(
      await runScript('restore', [path.join(tmp, 'missing.tar.gz')], envOf(empty)),
      'does not exist',
    );
    // None of these touched the target.
    expect(fs.existsSync(empty.dataDir)).toBe(false);
  });

  // PostgreSQL's binaries run the postgres project; without them there is no other kind here.
  it.skipIf(embedded && !(hasBinary('initdb') && hasBinary('pg_ctl')))(
    'restore a backup of one kind of database into the other, value for value',
    { timeout: 120_000 },
    async () => {
      const other: Target = { dataDir: path.join(tmp, 'other') };
      if (embedded) {
        cluster = await startCluster();
        const server = new PgClient({ connectionString: cluster.url });
        await server.connect();
        await server.query('CREATE DATABASE spilno_other');
        await server.end();
        other.databaseUrl = withDatabase(cluster.url, 'spilno_other');
      }
      const restored = await runScript('restore', [backupFile], envOf(other));
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);

      const manifest = await unpack(backupFile, path.join(tmp, 'unpacked'));
      expect(manifest.source).toBe(embedded ? 'embedded' : 'postgresql');
      const database = other.databaseUrl ? null : await startEmbeddedDatabase(other.dataDir, 1);
      const sql = database
        ? new PgClient({ host: database.socketDir, port: database.port, user: 'postgres' })
        : new PgClient({ connectionString: other.databaseUrl });
      await sql.connect();
      try {
        for (const table of manifest.tables) {
          const archived = fs
            .readFileSync(path.join(tmp, 'unpacked', table.file), 'utf8')
            .split('\n')
            .filter(Boolean)
            .sort();
          expect(await copyLines(sql, table.name, table.columns), table.name).toEqual(archived);
        }
      } finally {
        await sql.end();
        await database?.stop();
      }
      const [key] = fs.readdirSync(path.join(tmp, 'unpacked', 'attachments'));
      expect(fs.readFileSync(path.join(other.dataDir, 'attachments', key!)).equals(FILE)).toBe(
        true,
      );
    },
  );

  it.skipIf(embedded)(
    'restore a backup made before the latest migration, then migrate it on',
    { timeout: 60_000 },
    async () => {
      const older = await newTarget('older', false);
      const db = await openDatabase({
        databaseUrl: older.databaseUrl,
        dataDir: undefined,
        poolSize: 1,
        migrations: migrations.slice(0, -1),
      });
      await db.dataSource.runMigrations({ transaction: 'each' });
      await db.close();
      const file = path.join(tmp, 'older.tar.gz');
      expect((await runScript('backup', [file], envOf(older))).code).toBe(0);

      const newer = await newTarget('newer', false);
      const restored = await runScript('restore', [file], envOf(newer));
      expect(restored.code).toBe(0);
      const latest = new migrations[migrations.length - 1]!().name!;
      expect(restored.stdout).toContain(`Migrated on to this version: ${latest}.`);
      const sql = await sqlClient(newer);
      try {
        const { rows } = await sql.query<{ count: string }>(
          'SELECT count(*) AS count FROM migrations',
        );
        expect(Number(rows[0]!.count)).toBe(migrations.length);
      } finally {
        await sql.end();
      }
    },
  );
});
