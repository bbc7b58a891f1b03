import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/database/demo-seed';
import { seedDataDir } from '../db';
import { graphql, signIn } from '../load';
import { spawnServer, stopServer, type ServerProcess } from '../server-process';

const PROGRAMMES = `{ programmes { id code title sides { id name } translations { language title } } }`;

let server: ServerProcess | undefined;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-shutdown-test-'));

afterAll(async () => {
  if (server) await stopServer(server, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A GraphQL POST on a connection of its own, saying when it is written out and what came back. */
function sent(url: string, body: object, cookie: string) {
  const payload = JSON.stringify(body);
  let written!: () => void;
  const writtenOut = new Promise<void>((resolve) => (written = resolve));
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          cookie,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.on('finish', written);
    request.end(payload);
  });
  return { written: writtenOut, answer };
}

// One server process on the embedded database (with its demo accounts) is enough.
describe.skipIf(process.env.TEST_DB !== 'pglite')('SIGTERM', () => {
  it('lets every request in flight finish, then exits 0', async () => {
    await seedDataDir(dataDir);
    server = spawnServer({ DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '20000' });
    const url = await server.listening;
    const cookie = await signIn(url, DEMO_ACCOUNTS[0]!.email, DEMO_PASSWORD);

    // The embedded database serves one statement at a time: these queue behind each other,
    // so most are still waiting, or running, when the signal comes. The signal waits until
    // every request is sent whole on its own connection: one the server never received is
    // not in flight (a balancer stops sending before it signals).
    const inFlight = Array.from({ length: 12 }, () => sent(url, { query: PROGRAMMES }, cookie));
    await Promise.all(inFlight.map((request) => request.written));
    // A moment for the server to take the connections from its queue, even when busy.
    await new Promise((resolve) => setTimeout(resolve, 250));
    server.child.kill('SIGTERM');

    const answers = await Promise.all(inFlight.map((request) => request.answer));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    for (const answer of answers) {
      const body = JSON.parse(answer.body) as {
        data?: { programmes: unknown[] };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      expect(body.data!.programmes.length).toBeGreaterThan(0);
    }
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toMatch(/Cannot use a pool after calling end/);
    // Closed for new requests, and nothing is left listening.
    expect((await graphql(url, PROGRAMMES, {}, cookie)).code).toBe('NETWORK');
  }, 120_000);

  it('finishes a report being rendered in a worker, then stops the workers and exits 0', async () => {
    // Started from source like `pnpm dev`: its workers compile the TypeScript they load.
    server = spawnServer({ DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '60000' });
    const url = await server.listening;
    const cookie = await signIn(url, DEMO_ACCOUNTS[0]!.email, DEMO_PASSWORD);
    const listed = await graphql(url, PROGRAMMES, {}, cookie);
    const [programme] = listed.data!.programmes as { id: string }[];
    const report = fetch(`${url}/programmes/${programme!.id}/report.pdf`, {
      headers: { cookie },
    });
    // Long enough for the request to arrive, far shorter than a first render in a new worker.
    await new Promise((resolve) => setTimeout(resolve, 250));
    server.child.kill('SIGTERM');
    const answer = await report;
    expect(answer.status).toBe(200);
    const pdf = Buffer.from(await answer.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toMatch(/Terminating worker thread|shutdown failed/);
  }, 120_000);
});
