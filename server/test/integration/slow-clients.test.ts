import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataDir } from '../db';
import { graphql, until } from '../load';
import { spawnServer, stopServer, type ServerProcess } from '../server-process';

const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 2000;
const KEEP_ALIVE_TIMEOUT_MS = 1000;
/** Far below the defaults (15 s for headers, 5 min for a request), with room for a busy machine. */
const CLOSED_WITHIN_MS = 10_000;
/** "Answers quickly", loosely: it does not wait for the slow clients. */
const FAST_MS = 5000;
/** A slow client sends its next byte this often. */
const TRICKLE_MS = 200;

type Kind = 'silent' | 'headers' | 'body';

interface SlowSocket {
  kind: Kind;
  openedAt: number;
  /** When the server closed it; null while open. */
  closedAt: number | null;
  /** What the server sent before closing. */
  received: string;
}

/** A client that sends its request so slowly that it would hold the connection for ever. */
function slowSocket(port: number, kind: Kind, sockets: net.Socket[]): SlowSocket {
  const slow: SlowSocket = { kind, openedAt: Date.now(), closedAt: null, received: '' };
  const socket = net.connect(port, '127.0.0.1');
  sockets.push(socket);
  let timer: NodeJS.Timeout | undefined;
  socket.on('connect', () => {
    if (kind === 'headers') socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    if (kind === 'body') {
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{',
      );
    }
    if (kind !== 'silent') {
      timer = setInterval(() => socket.write(kind === 'headers' ? 'x' : ' '), TRICKLE_MS);
    }
  });
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (slow.received += chunk));
  socket.on('error', () => undefined);
  socket.on('close', () => {
    clearInterval(timer);
    slow.closedAt = Date.now();
  });
  return slow;
}

/** One GET on a connection kept alive, which then stays idle: the answer and when it closed. */
function idleAfterOneRequest(port: number, sockets: net.Socket[]) {
  const socket = net.connect(port, '127.0.0.1');
  sockets.push(socket);
  const state = { received: '', closedAt: null as number | null, answeredAt: 0 };
  socket.setEncoding('utf8');
  socket.on('connect', () =>
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n'),
  );
  socket.on('data', (chunk: string) => {
    state.received += chunk;
    state.answeredAt ||= Date.now();
  });
  socket.on('error', () => undefined);
  socket.on('close', () => (state.closedAt = Date.now()));
  return state;
}

// One server process is enough: the HTTP timeouts do not depend on the database.
describe.skipIf(process.env.TEST_DB !== 'pglite')('slow clients', () => {
  let dataDir: string;
  let server: ServerProcess;
  let url: string;
  let port: number;
  const sockets: net.Socket[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-slow-clients-test-'));
    await seedDataDir(dataDir);
    server = spawnServer({
      DATA_DIR: dataDir,
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
    });
    url = await server.listening;
    port = Number(new URL(url).port);
  }, 120_000);

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    if (server) await stopServer(server, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes 200 connections that send their request a byte at a time, and still answers others', async () => {
    const kinds: Kind[] = ['silent', 'headers', 'body'];
    const slow = Array.from({ length: 200 }, (_, n) => slowSocket(port, kinds[n % 3]!, sockets));

    // Meanwhile ordinary requests are answered as ever, one after another.
    const answers = [];
    while (slow.some((socket) => socket.closedAt === null) && answers.length < 20) {
      answers.push(await graphql(url, '{ __typename }'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.map((answer) => answer.code)).toEqual(answers.map(() => null));
    expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(FAST_MS);

    await until(() => slow.every((socket) => socket.closedAt !== null), 30_000, 'all closed');
    for (const kind of kinds) {
      const ofKind = slow.filter((socket) => socket.kind === kind);
      const longest = Math.max(...ofKind.map((socket) => socket.closedAt! - socket.openedAt));
      expect(longest, kind).toBeLessThan(CLOSED_WITHIN_MS);
      // The one answer a slow client gets, if any, says that it took too long.
      const replies = new Set(ofKind.map((socket) => socket.received.split('\r\n')[0]));
      expect(
        [...replies].filter((reply) => reply && reply !== 'HTTP/1.1 408 Request Timeout'),
        kind,
      ).toEqual([]);
      console.info(`${ofKind.length} ${kind} clients: all closed, the last after ${longest} ms`);
    }
  }, 60_000);

  it('closes a kept-alive connection left idle after its keep-alive timeout, which it announces', async () => {
    const idle = idleAfterOneRequest(port, sockets);
    await until(() => idle.closedAt, 30_000, 'the idle connection closed');
    expect(idle.received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(idle.received).toMatch(/\r\nKeep-Alive: timeout=1\r\n/i);
    expect(idle.closedAt! - idle.answeredAt).toBeLessThan(CLOSED_WITHIN_MS);
  }, 60_000);
});
