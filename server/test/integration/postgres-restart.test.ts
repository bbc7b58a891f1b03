import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { hasBinary, startCluster, type Cluster, type ShutdownMode } from '../global-setup';
import { missingOrganisations, serverSession } from '../integrity';
import {
  acknowledgedMore,
  addAdmin,
  signIn,
  startLoad,
  until,
  watchHealth,
  type Answer,
} from '../load';
import { spawnImpatientServer, stopServer, type ServerProcess } from '../server-process';

/** "Fails fast", loosely: far below a hang, with room for a busy machine. */
const FAST_MS = 5000;
/** Long enough for every client and /healthz to meet the outage. */
const DOWN_MS = 1500;

const slowest = (answers: { ms: number }[]) => Math.max(0, ...answers.map((answer) => answer.ms));

// Restarted on purpose, the cluster is this file's own, not the shared one.
describe.skipIf(process.env.TEST_DB !== 'postgres' || !hasBinary('initdb'))(
  'PostgreSQL restarted under load',
  () => {
    let cluster: Cluster;
    let server: ServerProcess;
    let url: string;
    let cookie: string;

    beforeAll(async () => {
      cluster = await startCluster();
      server = spawnImpatientServer(cluster.url);
      url = await server.listening;
      const admin = await addAdmin(cluster.url);
      cookie = await signIn(url, admin.email, admin.password);
    }, 120_000);

    afterAll(async () => {
      if (server) await stopServer(server, 'SIGKILL');
      cluster?.stop();
    });

    // pg_ctl restart is a stop and a start; held, the cluster stays down a moment between them,
    // so that the outage is seen whatever the machine's speed.
    it.each<{ command: string; mode: ShutdownMode; held: boolean }>([
      { command: 'stop -m fast, a pause, start', mode: 'fast', held: true },
      { command: 'stop -m immediate, a pause, start', mode: 'immediate', held: true },
      { command: 'restart -m fast', mode: 'fast', held: false },
      { command: 'restart -m immediate', mode: 'immediate', held: false },
    ])(
      'pg_ctl $command: requests fail fast as UNAVAILABLE, then succeed again by themselves',
      async ({ command, mode, held }) => {
        const load = startLoad(url, cookie, { writers: 6, readers: 4 });
        const health = watchHealth(url);
        // Clients that outlived a failed case would only slow the next one down.
        onTestFinished(async () => {
          await Promise.all([load.stop(), health.stop()]);
        });
        await acknowledgedMore(load, 30);

        const stoppingAt = Date.now();
        if (held) {
          await cluster.halt(mode);
        } else {
          await cluster.restart(mode);
        }
        const downAt = Date.now();
        // The cluster may accept connections a moment before `pg_ctl start` returns: only what
        // ended before it was started again counts as answered while it was down.
        let resumingAt = downAt;
        if (held) {
          await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
          resumingAt = Date.now();
          await cluster.resume();
        }
        const upAt = Date.now();
        const [write, read] = await Promise.all([
          until(
            () => load.answers.find((a) => a.write && !a.code && a.at >= upAt),
            30_000,
            'a write',
          ),
          until(
            () => load.answers.find((a) => !a.write && !a.code && a.at >= upAt),
            30_000,
            'a read',
          ),
        ]);
        await until(
          () => health.answers.find((h) => h.status === 200 && h.at >= upAt),
          30_000,
          'health',
        );
        await acknowledgedMore(load, 20);
        await Promise.all([load.stop(), health.stop()]);

        const failed = load.answers.filter((answer) => answer.code);
        const down = (answer: Answer) => answer.at >= downAt && answer.at + answer.ms <= resumingAt;
        // Nothing fails but with UNAVAILABLE and 503 (a hung request would be HUNG), and fast.
        expect(failed.map((answer) => `${answer.status} ${answer.code}`)).toEqual(
          failed.map(() => '503 UNAVAILABLE'),
        );
        expect(slowest(failed)).toBeLessThan(FAST_MS);
        // The outage is logged as such (warnings), never as a bug of the server.
        expect(server.output()).not.toMatch(/"level":50/);
        // While the cluster is down, both reads and writes fail, and /healthz says so.
        if (held) {
          expect(failed.filter((answer) => answer.write && down(answer)).length).toBeGreaterThan(0);
          expect(failed.filter((answer) => !answer.write && down(answer)).length).toBeGreaterThan(
            0,
          );
          const healthDown = health.answers.filter(
            (h) => h.at >= downAt && h.at + h.ms <= resumingAt,
          );
          expect(healthDown.length).toBeGreaterThan(0);
          expect(healthDown.map((h) => h.status)).toEqual(healthDown.map(() => 503));
        }
        expect(slowest(health.answers)).toBeLessThan(FAST_MS);
        // The same process serves again: no restart, no failure after recovery.
        expect(server.child.exitCode).toBeNull();
        const recoveredAt = Math.max(write.at + write.ms, read.at + read.ms);
        expect(failed.filter((answer) => answer.at >= recoveredAt)).toEqual([]);

        const session = await serverSession(cluster.url);
        try {
          expect(await missingOrganisations(session, load.acknowledged)).toEqual([]);
        } finally {
          await session.close();
        }
        console.info(
          `pg_ctl ${command}: ${held ? 'stop' : 'restart'} took ${downAt - stoppingAt} ms; first write ${write.at + write.ms - upAt} ms and read ${read.at + read.ms - upAt} ms after PostgreSQL was back; ${failed.length} requests answered UNAVAILABLE, slowest in ${slowest(failed)} ms; ${load.acknowledged.length} writes acknowledged, all present`,
        );
      },
      90_000,
    );
  },
);
