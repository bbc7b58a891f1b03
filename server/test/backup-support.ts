import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client as PgClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import { column, TRANSACTION_SETTINGS, quoted } from '../src/database/backup/catalog';
import type { Manifest } from '../src/database/backup/manifest';
import { SOCKET_RECORD, type SocketRecord } from '../src/database/socket-record';

const SERVER_DIR = path.join(__dirname, '..');

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `pnpm db:backup` or `pnpm db:restore`'s script as its own process, as the package
 * script does, with the test's environment minus anything naming a database, plus `env`.
 */
export function runScript(
  script: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): Promise<CommandResult> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.DATA_DIR;
  delete base.INIT_CWD;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=source', '-r', '@swc-node/register', `src/scripts/${script}.ts`, ...args],
      { cwd: SERVER_DIR, env: { ...base, NODE_ENV: 'test', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A `pg` client on the database a server uses: its URL, or its recorded embedded socket. */
export async function sqlClient(target: { databaseUrl?: string; dataDir: string }) {
  let client: PgClient;
  if (target.databaseUrl) {
    client = new PgClient({ connectionString: target.databaseUrl });
  } else {
    const record = JSON.parse(
      fs.readFileSync(path.join(target.dataDir, SOCKET_RECORD), 'utf8'),
    ) as SocketRecord;
    client = new PgClient({
      host: record.host,
      port: record.port,
      user: 'postgres',
      database: 'postgres',
    });
  }
  await client.connect();
  return client;
}

/** Every row of `table` as text, in one order: what two databases must agree on. */
export async function rowsOf(client: PgClient, table: string): Promise<string[]> {
  await client.query('BEGIN');
  // The text of a timestamp depends on the session's zone.
  await client.query("SET LOCAL TimeZone = 'UTC'");
  const { rows } = await client.query<{ row: string }>(
    `SELECT t::text AS row FROM "public"."${table}" t ORDER BY 1`,
  );
  await client.query('COMMIT');
  return rows.map((row) => row.row);
}

/**
 * A table's rows as COPY writes them under the backup's settings, sorted: equal to the lines of
 * its file in the archive when a restore kept every value.
 */
export async function copyLines(
  client: PgClient,
  table: string,
  columns: string[],
): Promise<string[]> {
  await client.query('BEGIN');
  for (const setting of TRANSACTION_SETTINGS) await client.query(setting);
  const chunks: Buffer[] = [];
  await pipeline(
    client.query(copyTo(`COPY ${quoted(table)} (${columns.map(column).join(', ')}) TO STDOUT`)),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  await client.query('COMMIT');
  return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).sort();
}

/** The archive's files under `dir`, and its manifest. */
export async function unpack(file: string, dir: string): Promise<Manifest> {
  fs.mkdirSync(dir, { recursive: true });
  await tar.x({ file, cwd: dir });
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}
