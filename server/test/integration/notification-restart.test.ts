import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationKind, programmePath, Role } from '@spilno/shared';
import { createLogger } from '../../src/common/logger';
import { openDatabase } from '../../src/database/data-source';
import { NotificationService } from '../../src/modules/notifications/notification.service';
import { Policy } from '../../src/modules/programmes/programme-scope';
import { cloneTemplate, seedDataDir, type ClonedDatabase } from '../db';
import { buildProgramme, buildUser } from '../factories';
import { spawnServer, stopServer, type ServerProcess } from '../server-process';
import { recipientsOf, startMailbox, type TestMailbox } from '../smtp';

const embedded = process.env.TEST_DB === 'pglite';

let dataDir: string | undefined;
let database: ClonedDatabase | undefined;
let env: Record<string, string>;
let mailbox: TestMailbox;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  mailbox = await startMailbox();
  if (embedded) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-notify-restart-'));
    await seedDataDir(dataDir);
    env = { DATA_DIR: dataDir };
  } else {
    database = await cloneTemplate();
    env = { DATABASE_URL: database.url };
  }
  env = { ...env, SMTP_URL: mailbox.url, MAIL_FROM: 'Spilno <noreply@spilno.test>' };
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => stopServer(server, 'SIGKILL')));
  await mailbox?.close();
  await database?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function start(): ServerProcess {
  const server = spawnServer(env);
  servers.push(server);
  return server;
}

/**
 * A write that committed its notice while no server ran: what a process stopped between the
 * write and the mail leaves behind.
 */
async function queueWhileStopped(): Promise<string> {
  const db = await openDatabase({
    databaseUrl: database?.url,
    dataDir,
    poolSize: 1,
  });
  try {
    const ds = db.dataSource;
    const coordinator = await buildUser(ds, { role: Role.COORDINATOR, language: 'en' });
    const { programme } = await buildProgramme(ds, { coordinators: [coordinator] });
    const service = new NotificationService(
      ds,
      new Policy(ds),
      createLogger('silent'),
      null,
      crypto.randomBytes(32),
    );
    const link = programmePath(programme.id, 'events');
    await ds.transaction((manager) =>
      service.notify(manager, {
        kind: NotificationKind.EVENT_LOGGED,
        actorId: null,
        programmeId: programme.id,
        record: { type: 'Programme', id: programme.id },
        audience: [{ coordinatorsOf: programme.id }],
        subject: 'Круглий стіл',
        link,
        key: `restart:${programme.id}`,
      }),
    );
    return coordinator.email;
  } finally {
    await db.close();
  }
}

describe('a notice queued before a restart', () => {
  it('is delivered and mailed exactly once by the servers that come after', async () => {
    const email = await queueWhileStopped();

    const first = start();
    await first.listening;
    const [mail] = await mailbox.waitFor(1, 30_000);
    expect(recipientsOf(mail!)).toEqual([email]);
    expect(mail?.subject).toBe('New event: Круглий стіл');
    expect(await stopServer(first)).toBe(0);

    // The next server finds nothing left to send.
    const second = start();
    await second.listening;
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await stopServer(second)).toBe(0);
    expect(mailbox.messages.map(recipientsOf)).toEqual([[email]]);
  }, 120_000);
});
