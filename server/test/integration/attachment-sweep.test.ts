import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Role } from '@spilno/shared';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentStore } from '../../src/modules/attachments/attachment-store';
import {
  scheduleAttachmentSweep,
  sweepOrphanedAttachments,
} from '../../src/modules/attachments/attachment-sweep';
import { Attachment } from '../../src/modules/attachments/attachment.entity';
import { Event } from '../../src/modules/events/event.entity';
import { Programme } from '../../src/modules/programmes/programme.entity';
import { downloadAttachment, uploadAttachment } from '../attachment-http';
import { buildEvent, buildOrganisation, buildProgramme, buildUser } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { startLocalS3, type LocalS3 } from '../s3';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
const HOUR = 60 * 60 * 1000;

async function storedKeys(store: AttachmentStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of store.list()) keys.push(object.key);
  return keys.sort();
}

/**
 * Three attachments: one on an event that stays, one on an event that is deleted, one on an
 * event of a programme that is deleted (with its partners, sides and events). Answers the
 * storage keys; the database cascades have removed the rows of the last two.
 */
async function attachThenCascade(app: TestApp, admin: Client) {
  const organisation = await buildOrganisation(app.dataSource);
  const kept = await buildProgramme(app.dataSource, { partners: [organisation] });
  const doomed = await buildProgramme(app.dataSource, { partners: [organisation] });
  const keptEvent = await buildEvent(app.dataSource, kept.programme.id);
  const deletedEvent = await buildEvent(app.dataSource, kept.programme.id);
  const doomedEvent = await buildEvent(app.dataSource, doomed.programme.id, {
    organiserPartnerId: doomed.partners[0]?.id ?? null,
  });

  const keyOf = async (eventId: string) => {
    const { status, body } = await uploadAttachment(app.url, admin, eventId, 'minutes.pdf', PDF);
    expect(status).toBe(201);
    const row = await app.dataSource.getRepository(Attachment).findOneByOrFail({ id: body.id });
    return { id: body.id, key: row.storageKey };
  };
  const stays = await keyOf(keptEvent.id);
  const withEvent = await keyOf(deletedEvent.id);
  const withProgramme = await keyOf(doomedEvent.id);

  await app.dataSource.getRepository(Event).delete({ id: deletedEvent.id });
  await app.dataSource.getRepository(Programme).delete({ id: doomed.programme.id });
  const left = await app.dataSource
    .getRepository(Attachment)
    .findBy({ id: In([stays.id, withEvent.id, withProgramme.id]) });
  expect(left.map((row) => row.id)).toEqual([stays.id]);
  return { stays, orphans: [withEvent.key, withProgramme.key].sort() };
}

describe('sweeping orphaned bytes from the filesystem store', () => {
  let app: TestApp;
  let admin: Client;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.as(await buildUser(app.dataSource, { role: Role.ADMIN }));
  });
  afterAll(() => app?.close());

  it('deletes the bytes of rows gone by cascade, keeps referenced and fresh ones', async () => {
    const store = app.services.attachments.store;
    const { stays, orphans } = await attachThenCascade(app, admin);
    // Everything so far was written two hours ago; one unreferenced key was written just now,
    // as an upload whose row is not committed yet.
    const root = path.join(app.dataDir, 'attachments');
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    for (const key of await storedKeys(store)) {
      fs.utimesSync(path.join(root, key), twoHoursAgo, twoHoursAgo);
    }
    const inFlight = crypto.randomUUID();
    await store.put(inFlight, PDF);
    // A file still being written is not a key and is never touched.
    fs.writeFileSync(path.join(root, `${crypto.randomUUID()}.0a1b2c.part`), 'x');

    const counts = await sweepOrphanedAttachments(app.dataSource, store, { graceMs: HOUR });

    expect(counts).toEqual({ scanned: 4, referenced: 1, recent: 1, deleted: 2, failed: 0 });
    const left = await storedKeys(store);
    expect(left).toEqual([stays.key, inFlight].sort());
    for (const orphan of orphans) expect(left).not.toContain(orphan);
    const download = await downloadAttachment(app.url, admin, stays.id);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    // A second sweep finds nothing more to do.
    expect(await sweepOrphanedAttachments(app.dataSource, store, { graceMs: HOUR })).toMatchObject({
      scanned: 2,
      deleted: 0,
    });
  });

  it('runs at start-up and logs what it did; an interval of 0 turns it off', async () => {
    const store = app.services.attachments.store;
    const orphan = crypto.randomUUID();
    await store.put(orphan, PDF);
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
          done();
        },
      }),
    );

    const off = scheduleAttachmentSweep(
      app.dataSource,
      store,
      { intervalMs: 0, graceMs: 0 },
      logger,
    );
    await off.stop();
    expect(await storedKeys(store)).toContain(orphan);

    const stored = (await storedKeys(store)).length;
    const referenced = await app.dataSource.getRepository(Attachment).count();
    const on = scheduleAttachmentSweep(
      app.dataSource,
      store,
      { intervalMs: HOUR, graceMs: 0 },
      logger,
    );
    await on.stop();
    expect(await storedKeys(store)).not.toContain(orphan);
    expect(lines.at(-1)).toMatchObject({
      msg: 'attachment sweep finished',
      scanned: stored,
      referenced,
      deleted: stored - referenced,
      failed: 0,
    });
  });
});

describe('sweeping orphaned objects from the S3 store', () => {
  let s3: LocalS3;
  let app: TestApp;
  let admin: Client;

  beforeAll(async () => {
    s3 = await startLocalS3();
    app = await startTestApp({ s3: s3.settings });
    admin = await app.as(await buildUser(app.dataSource, { role: Role.ADMIN }));
  });
  afterAll(async () => {
    await app?.close();
    await s3?.close();
  });

  it('keeps every object inside the grace period, then deletes only the orphans', async () => {
    const store = app.services.attachments.store;
    const { stays, orphans } = await attachThenCascade(app, admin);
    const all = [stays.key, ...orphans].sort();

    const fresh = await sweepOrphanedAttachments(app.dataSource, store, { graceMs: HOUR });
    expect(fresh).toMatchObject({ scanned: 3, recent: 3, deleted: 0 });
    expect(await storedKeys(store)).toEqual(all);

    // Two hours on, the orphans are past the grace period.
    const later = await sweepOrphanedAttachments(app.dataSource, store, {
      graceMs: HOUR,
      now: new Date(Date.now() + 2 * HOUR),
    });
    expect(later).toEqual({ scanned: 3, referenced: 1, recent: 0, deleted: 2, failed: 0 });
    expect(await storedKeys(store)).toEqual([stays.key]);
  });
});
