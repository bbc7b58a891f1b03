import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Role } from '@spilno/shared';
import { openDatabase, type Database } from '../../src/database/data-source';
import { EVENT_QUERY, EVENTS, LOG_EVENT, eventInput } from '../event-documents';
import { buildProgramme, buildUser, TEST_PASSWORD } from '../factories';
import { hasBinary, startCluster, startReplica, type Cluster } from '../global-setup';
import { spawnServer, stopServer, type ServerProcess } from '../server-process';
import { SIGN_IN } from '../user-documents';

/** A browser's share of cookies: whatever the server set, sent back on every request. */
class Browser {
  private cookies = new Map<string, string>();

  constructor(private readonly url: string) {}

  async send<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value = ''] = pair.split('=');
      this.cookies.set(name, value);
    }
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }
}

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Listed = { events: { total: number } };

// Its own primary and replica: replay is paused on purpose, which no other file may see.
describe.skipIf(process.env.TEST_DB !== 'postgres' || !hasBinary('pg_basebackup'))(
  'reads on a streaming replica (DATABASE_READ_URLS)',
  () => {
    let primary: Cluster;
    let replica: Cluster;
    let standby: pg.Client;
    let server: ServerProcess;
    let db: Database;
    let coordinator: Browser;
    let observer: Browser;
    let programmeId: string;

    const eventsOf = (browser: Browser) =>
      browser.send<Listed>(EVENTS, { programmeId }).then((data) => data.events.total);

    beforeAll(async () => {
      primary = await startCluster();
      replica = await startReplica(primary);
      standby = new pg.Client({ connectionString: replica.url });
      await standby.connect();
      server = spawnServer({ DATABASE_URL: primary.url, DATABASE_READ_URLS: replica.url });
      const url = await server.listening;
      db = await openDatabase({ databaseUrl: primary.url, dataDir: undefined, poolSize: 2 });
      const [coordinatorUser, observerUser] = await Promise.all([
        buildUser(db.dataSource, { role: Role.COORDINATOR }),
        buildUser(db.dataSource, { role: Role.OBSERVER }),
      ]);
      const built = await buildProgramme(db.dataSource, { coordinators: [coordinatorUser] });
      programmeId = built.programme.id;
      await until(async () => {
        const { rowCount } = await standby.query('SELECT 1 FROM programme WHERE id = $1', [
          programmeId,
        ]);
        return rowCount === 1;
      });
      coordinator = new Browser(url);
      observer = new Browser(url);
      await coordinator.send(SIGN_IN, { email: coordinatorUser.email, password: TEST_PASSWORD });
      await observer.send(SIGN_IN, { email: observerUser.email, password: TEST_PASSWORD });
    }, 120_000);

    afterAll(async () => {
      await standby?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
      await standby?.end();
      if (server) await stopServer(server);
      await db?.close();
      replica?.stop();
      primary?.stop();
    });

    it('answers open lists from the replica, and the writer and everything else from the primary', async () => {
      expect(await eventsOf(observer)).toBe(0);
      // The replica stops replaying: what it answers is now visibly older than the primary.
      await standby.query('SELECT pg_wal_replay_pause()');
      const { logEvent } = await coordinator.send<{ logEvent: { id: string } }>(LOG_EVENT, {
        programmeId,
        input: eventInput(),
      });

      // The write went to the primary; a reader who did not write gets the replica's list.
      expect(await eventsOf(observer)).toBe(0);
      // A read no replica serves (one record) comes from the primary.
      const one = await observer.send<{ event: { id: string } | null }>(EVENT_QUERY, {
        id: logEvent.id,
      });
      expect(one.event?.id).toBe(logEvent.id);
      // The writer's own next read stays on the primary and sees the write.
      expect(await eventsOf(coordinator)).toBe(1);

      await standby.query('SELECT pg_wal_replay_resume()');
      await until(async () => (await eventsOf(observer)) === 1);
    });
  },
);
