import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/database/demo-seed';
import { cloneTemplate, seedDataDir, type ClonedDatabase } from '../db';
import {
  checkIndexes,
  embeddedSession,
  missingOrganisations,
  serverSession,
  type Session,
} from '../integrity';
import {
  acknowledgedMore,
  addAdmin,
  createOrganisation,
  signIn,
  startLoad,
  unreadable,
} from '../load';
import { spawnServer, stopServer, type ServerProcess } from '../server-process';

const embedded = process.env.TEST_DB === 'pglite';
const WRITERS = 10;
/** Writes acknowledged before the kill: enough that it lands in the middle of the stream. */
const BEFORE_KILL = 150;

const servers: ServerProcess[] = [];
let dataDir: string | undefined;
let database: ClonedDatabase | undefined;
let env: Record<string, string>;
let account: { email: string; password: string };

beforeAll(async () => {
  if (embedded) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-crash-test-'));
    await seedDataDir(dataDir);
    env = { DATA_DIR: dataDir };
    account = { email: DEMO_ACCOUNTS[0]!.email, password: DEMO_PASSWORD };
  } else {
    database = await cloneTemplate();
    env = { DATABASE_URL: database.url };
    account = await addAdmin(database.url);
  }
});

afterAll(async () => {
  await Promise.all(servers.map((server) => stopServer(server, 'SIGKILL')));
  await database?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function start(): ServerProcess {
  const server = spawnServer(env);
  servers.push(server);
  return server;
}

/** A session on the stored data, with no server holding the embedded database any more. */
async function openStored(server: ServerProcess): Promise<Session> {
  if (!embedded) return serverSession(database!.url);
  expect(await stopServer(server)).toBe(0);
  return embeddedSession(dataDir!);
}

describe('a server killed outright during concurrent writes', () => {
  it('leaves every acknowledged write to the next server, with consistent indexes', async () => {
    const first = start();
    const cookie = await signIn(await first.listening, account.email, account.password);
    const load = startLoad(await first.listening, cookie, { writers: WRITERS });
    await acknowledgedMore(load, BEFORE_KILL);
    const inFlight = load.inFlight();
    await stopServer(first, 'SIGKILL');
    await load.stop();
    const acknowledged = [...load.acknowledged];
    // Each write either came back done or lost its connection with the process: none failed
    // for another reason, and none hung.
    expect(load.answers.filter((answer) => answer.code && answer.code !== 'NETWORK')).toEqual([]);
    expect(inFlight).toBeGreaterThan(0);

    const second = start();
    const url = await second.listening;
    // The session was stored too, so the same cookie still signs its requests.
    expect(await unreadable(url, cookie, acknowledged)).toEqual([]);
    expect((await createOrganisation(url, cookie, 'Після аварії')).code).toBeNull();

    const session = await openStored(second);
    try {
      expect(await missingOrganisations(session, acknowledged)).toEqual([]);
      const report = await checkIndexes(session, ['organisation', 'audit_entry', 'session']);
      // The embedded database has amcheck built in; the test cluster has it from contrib.
      if (embedded || !process.env.TEST_DATABASE_URL) expect(report.checked).toBeGreaterThan(10);
      for (const { heap, index } of report.counts) expect(index).toBe(heap);
      console.info(
        `${embedded ? 'embedded' : 'PostgreSQL'}: ${acknowledged.length} writes acknowledged, all present; ${inFlight} in flight at the kill; ${report.checked} b-tree indexes checked`,
      );
    } finally {
      await session.close();
    }
  }, 120_000);
});
