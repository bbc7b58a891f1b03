import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/database/data-source';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated template database on a real PostgreSQL server, or '' when none is at hand. */
    postgresTemplateUrl: string;
    /** A migrated embedded database, as a tarball file each test file starts from. */
    pgliteTemplatePath: string;
  }
}

const TEMPLATE = 'spilno_template';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export function hasBinary(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** PostgreSQL refuses to run as root: its tools then run as the postgres (or nobody) account. */
function databaseUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  return spawnSync('id', ['postgres']).status === 0 ? 'postgres' : 'nobody';
}

function asDatabaseUser(command: string, args: string[]): [string, string[]] {
  const user = databaseUser();
  return user ? ['runuser', ['-u', user, '--', command, ...args]] : [command, args];
}

/** Runs a PostgreSQL tool in `dir`, which the database account owns first when that is not root. */
function runAsDatabaseUser(command: string, args: string[], dir: string): void {
  const user = databaseUser();
  if (user) execFileSync('chown', ['-R', user, dir]);
  const [file, fileArgs] = asDatabaseUser(command, args);
  execFileSync(file, fileArgs, { stdio: 'pipe' });
}

/**
 * The same without blocking the event loop, for a test whose clients keep talking to the
 * server meanwhile; `pg_ctl -w` returns once the cluster is stopped or accepts connections.
 */
async function pgCtl(args: string[]): Promise<void> {
  const [file, fileArgs] = asDatabaseUser('pg_ctl', args);
  await promisify(execFile)(file, fileArgs);
}

/** How `pg_ctl stop` ends the sessions: waiting for them, cutting them, or killing the server outright. */
export type ShutdownMode = 'smart' | 'fast' | 'immediate';

export interface Cluster {
  url: string;
  /** The cluster's data folder; its `postmaster.pid` names the server process. */
  data: string;
  /** `pg_ctl stop -m <mode>`, resolved once the server is gone. */
  halt(mode: ShutdownMode): Promise<void>;
  /** `pg_ctl start` with the options it first started with, resolved once it accepts connections. */
  resume(): Promise<void>;
  /** `pg_ctl restart -m <mode>`: halt and resume in one. */
  restart(mode: ShutdownMode): Promise<void>;
  stop: () => void;
}

/** Starts the cluster in `dir`/data on a free port; returns its URL and a stop function. */
async function runCluster(dir: string, settings: Record<string, string>): Promise<Cluster> {
  const data = path.join(dir, 'data');
  const port = await freePort();
  // A server started without a log file would write to pg_ctl's output, which then never ends.
  const log = ['-l', path.join(dir, 'log')];
  const start = [
    '-D',
    data,
    ...log,
    '-w',
    '-o',
    [
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
    ].join(' '),
    'start',
  ];
  runAsDatabaseUser('pg_ctl', start, dir);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    data,
    halt: (mode) => pgCtl(['-D', data, '-m', mode, '-w', 'stop']),
    resume: () => pgCtl(start),
    restart: (mode) => pgCtl(['-D', data, ...log, '-m', mode, '-w', 'restart']),
    stop: () => {
      try {
        runAsDatabaseUser('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'], dir);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Starts a throwaway cluster in a temp folder; returns its URL and a stop function.
 * `settings` are extra server settings (`-c name=value`), e.g. a preloaded extension.
 */
export async function startCluster(settings: Record<string, string> = {}): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-pg-test-'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  runAsDatabaseUser(
    'initdb',
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'],
    dir,
  );
  return runCluster(dir, settings);
}

/**
 * A streaming replica of `primary`, as an operator makes one: a base backup with the
 * replication settings written (`pg_basebackup -R`), started as a hot standby.
 */
export async function startReplica(primary: Cluster): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-pg-replica-'));
  const source = new URL(primary.url);
  runAsDatabaseUser(
    'pg_basebackup',
    ['-D', path.join(dir, 'data'), '-R', '-X', 'stream', '-h', source.hostname, '-p', source.port],
    dir,
  );
  return runCluster(dir, { hot_standby: 'on' });
}

export default async function setup(project: TestProject) {
  if (project.name !== 'postgres') {
    project.provide('postgresTemplateUrl', '');
    // Migrating once and starting each file from the snapshot saves seconds per file.
    const db = await openDatabase({ databaseUrl: undefined, dataDir: undefined, poolSize: 1 });
    await db.dataSource.runMigrations({ transaction: 'each' });
    const snapshot = await db.snapshot!();
    await db.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-pglite-template-'));
    const file = path.join(dir, 'template.tar');
    fs.writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
    project.provide('pgliteTemplatePath', file);
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  project.provide('pgliteTemplatePath', '');
  let serverUrl = process.env.TEST_DATABASE_URL ?? '';
  let stop: (() => void) | undefined;
  if (!serverUrl) {
    if (!hasBinary('initdb') || !hasBinary('pg_ctl')) {
      throw new Error(
        'No PostgreSQL binaries (initdb, pg_ctl) and no TEST_DATABASE_URL: cannot run the postgres project.',
      );
    }
    const cluster = await startCluster();
    serverUrl = cluster.url;
    stop = cluster.stop;
  }
  // One migrated template; each test file clones it, which is much faster than migrating.
  const admin = await openDatabase({ databaseUrl: serverUrl, dataDir: undefined, poolSize: 1 });
  await admin.dataSource.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await admin.dataSource.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.close();
  const templateUrl = withDatabase(serverUrl, TEMPLATE);
  const template = await openDatabase({
    databaseUrl: templateUrl,
    dataDir: undefined,
    poolSize: 1,
  });
  await template.dataSource.runMigrations({ transaction: 'each' });
  await template.close();
  project.provide('postgresTemplateUrl', templateUrl);
  return () => stop?.();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
