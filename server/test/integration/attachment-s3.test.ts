import 'reflect-metadata';
import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Role } from '@spilno/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3AttachmentStore } from '../../src/modules/attachments/s3-store';
import { Attachment } from '../../src/modules/attachments/attachment.entity';
import { downloadAttachment, uploadAttachment } from '../attachment-http';
import { buildEvent, buildProgramme, buildUser } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { startLocalS3, type LocalS3 } from '../s3';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');

let s3: LocalS3;
let store: S3AttachmentStore;
/** Reads the bucket directly, around the store, to see what it really holds. */
let raw: S3Client;

beforeAll(async () => {
  s3 = await startLocalS3('spilno/attachments/');
  store = new S3AttachmentStore(s3.settings);
  raw = new S3Client({
    region: s3.settings.region,
    endpoint: s3.settings.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(async () => {
  store?.close();
  raw?.destroy();
  await s3?.close();
});

async function keysInBucket(): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of store.list()) keys.push(object.key);
  return keys.sort();
}

describe('the S3 attachment store', () => {
  it('puts, gets and deletes bytes under the prefix, and a missing key is null', async () => {
    const key = crypto.randomUUID();
    const bytes = crypto.randomBytes(64 * 1024);
    await store.put(key, bytes);

    const stream = await store.get(key);
    expect(stream).not.toBeNull();
    expect((await buffer(stream as Readable)).equals(bytes)).toBe(true);
    expect(await keysInBucket()).toContain(key);

    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await keysInBucket()).not.toContain(key);
    // Deleting again, or a key never written, is not an error.
    await store.delete(key);
    await store.delete(crypto.randomUUID());
    expect(await store.get(crypto.randomUUID())).toBeNull();
  });

  it('lists its own keys with when they were written, and nothing else in the bucket', async () => {
    const key = crypto.randomUUID();
    const before = Date.now();
    await store.put(key, PDF);
    const { bucket, prefix } = s3.settings;
    await raw.send(new PutObjectCommand({ Bucket: bucket, Key: 'elsewhere/x', Body: 'x' }));
    await raw.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}notes.txt`, Body: 'x' }));

    const listed = [];
    for await (const object of store.list()) listed.push(object);
    expect(listed.map((object) => object.key)).toEqual([key]);
    // S3 keeps whole seconds.
    expect(listed[0]?.lastModified.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await store.delete(key);
  });

  it('refuses keys it could not have made, before anything is sent', async () => {
    await expect(store.put('../escape', PDF)).rejects.toThrow(/Invalid attachment storage key/);
    await expect(store.get('a/b')).rejects.toThrow(/Invalid attachment storage key/);
  });

  it('reports an unknown access key or bucket as an error, never as a missing file', async () => {
    for (const wrong of [
      new S3AttachmentStore({ ...s3.settings, accessKeyId: 'NOT-A-KEY' }),
      new S3AttachmentStore({ ...s3.settings, bucket: 'no-such-bucket' }),
    ]) {
      try {
        await expect(wrong.get(crypto.randomUUID())).rejects.toThrow();
      } finally {
        wrong.close();
      }
    }
  });
});

describe('attachments through the app with the S3 store', () => {
  let app: TestApp;
  let admin: Client;
  let eventId: string;

  beforeAll(async () => {
    app = await startTestApp({ s3: s3.settings });
    admin = await app.as(await buildUser(app.dataSource, { role: Role.ADMIN }));
    const { programme } = await buildProgramme(app.dataSource);
    eventId = (await buildEvent(app.dataSource, programme.id)).id;
  });
  afterAll(() => app?.close());

  it('uploads into the bucket, downloads from it and removes from it', async () => {
    const uploaded = await uploadAttachment(app.url, admin, eventId, 'Протокол.pdf', PDF);
    expect(uploaded.status).toBe(201);
    const row = await app.dataSource.getRepository(Attachment).findOneByOrFail({
      id: uploaded.body.id,
    });
    expect(await keysInBucket()).toContain(row.storageKey);

    const listed = await admin.ok<{ event: { attachments: { id: string }[] } }>(
      'query ($id: ID!) { event(id: $id) { attachments { id } } }',
      { id: eventId },
    );
    expect(listed.event.attachments.map((a) => a.id)).toEqual([uploaded.body.id]);

    const download = await downloadAttachment(app.url, admin, uploaded.body.id);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    await admin.ok('mutation ($id: ID!) { removeAttachment(id: $id) }', {
      id: uploaded.body.id,
    });
    expect(await keysInBucket()).not.toContain(row.storageKey);
    expect((await downloadAttachment(app.url, admin, uploaded.body.id)).status).toBe(404);
  });
});
