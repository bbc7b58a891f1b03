import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBinary, startCluster, type Cluster } from '../global-setup';
import { graphql, type Answer } from '../load';
import { spawnImpatientServer, stopServer, type ServerProcess } from '../server-process';
import { SIGN_IN } from '../user-documents';

/** The cluster's server process and every backend it forked. */
function clusterPids(cluster: Cluster): number[] {
  const postmaster = Number(
    fs.readFileSync(path.join(cluster.data, 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], {
    encoding: 'utf8',
  })
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
  return [postmaster, ...children];
}

function signal(pids: number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Exited meanwhile.
    }
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

/** Answers /healthz 200 again within `ms`. */
async function healthyWithin(url: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if ((await fetch(`${url}/healthz`)).status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function signIn(url: string, cookie?: string): Promise<Answer> {
  return graphql(
    url,
    SIGN_IN,
    { email: 'nobody@example.org', password: 'not the password' },
    cookie,
  );
}

// The cluster here is stopped and frozen on purpose, so it is this file's own, not the shared one.
describe.skipIf(process.env.TEST_DB !== 'postgres' || !hasBinary('initdb'))(
  'a PostgreSQL server that stops answering',
  () => {
    let cluster: Cluster;
    let server: ServerProcess;
    let url: string;
    let frozen: number[] = [];

    beforeAll(async () => {
      cluster = await startCluster();
      server = spawnImpatientServer(cluster.url);
      url = await server.listening;
    }, 120_000);

    afterAll(async () => {
      signal(frozen, 'SIGCONT');
      if (server) await stopServer(server, 'SIGKILL');
      try {
        cluster?.stop();
      } catch {
        // Already killed by the last case; its folder is removed all the same.
      }
    });

    it('makes /healthz answer 503 within a second or so while frozen, and 200 after', async () => {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      frozen = clusterPids(cluster);
      signal(frozen, 'SIGSTOP');

      const health = await timed(() => fetch(`${url}/healthz`));
      expect(health.value.status).toBe(503);
      expect(health.ms).toBeLessThan(1500);

      // A request does not hang either: the driver gives up after the statement's bound.
      const answer = await signIn(url);
      expect(answer.status).toBe(503);
      expect(answer.headers?.get('retry-after')).toBe('5');
      expect(answer.errors.map((error) => error.extensions)).toEqual([
        { code: 'UNAVAILABLE', retryAfterSeconds: 5 },
      ]);
      expect(answer.ms).toBeLessThan(6000);

      signal(frozen, 'SIGCONT');
      frozen = [];
      expect(await healthyWithin(url, 10_000)).toBe(true);
    }, 60_000);

    it('answers UNAVAILABLE with 503 and Retry-After at once when the server is gone', async () => {
      signal(clusterPids(cluster), 'SIGKILL');

      for (const cookie of [undefined, 'spilno_session=a-session-token-that-is-looked-up']) {
        const answer = await signIn(url, cookie);
        expect(answer.status).toBe(503);
        expect(answer.headers?.get('retry-after')).toBe('5');
        expect(answer.errors.map((error) => error.extensions)).toEqual([
          { code: 'UNAVAILABLE', retryAfterSeconds: 5 },
        ]);
        expect(answer.ms).toBeLessThan(3000);
      }
      const health = await timed(() => fetch(`${url}/healthz`));
      expect(health.value.status).toBe(503);
      expect(health.ms).toBeLessThan(1500);
    }, 60_000);
  },
);
