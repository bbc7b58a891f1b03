import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  AttachmentQuota,
  ErrorCode,
  HTTP_STATUS,
  QuotaKind,
  Role,
} from '@spilno/shared';
import type { User } from '../../src/modules/users/user.entity';
import { UPLOAD_HEADER } from '../../src/modules/attachments/attachment.route';
import { cookieOf, uploadAttachment, type Uploaded } from '../attachment-http';
import {
  buildEvent,
  buildOrganisation,
  buildProgramme,
  buildTwinning,
  buildUser,
} from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';

/** A CSV of exactly `bytes` bytes (at least 4). */
function csv(bytes: number): Buffer {
  return Buffer.from(`a,b\n${'1'.repeat(bytes - 5)}\n`);
}

/** The largest file one upload may be: a PDF padded to the limit. */
const LARGEST = Buffer.alloc(ATTACHMENT_MAX_BYTES, 0x20);
Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n').copy(
  LARGEST,
);

let app: TestApp;
let admin: User;
let client: Client;

beforeAll(async () => {
  app = await startTestApp();
  admin = await buildUser(app.dataSource, { role: Role.ADMIN });
  client = await app.as(admin);
});
afterAll(() => app?.close());

async function newEvent(programmeId?: string): Promise<string> {
  const id = programmeId ?? (await buildProgramme(app.dataSource)).programme.id;
  return (await buildEvent(app.dataSource, id)).id;
}

function upload(eventId: string, body: Buffer, name = 'figures.csv') {
  return uploadAttachment(app.url, client, eventId, name, body);
}

async function rowsOf(column: 'eventId' | 'twinningRelationId', id: string): Promise<number> {
  const rows: { n: number }[] = await app.dataSource.query(
    `SELECT count(*)::int AS n FROM attachment WHERE "${column}" = $1`,
    [id],
  );
  return rows[0]?.n ?? 0;
}

/** Attachment rows of `eventId` written straight to the table: a programme filled up earlier. */
async function fill(eventId: string, files: number, sizeEach: number): Promise<void> {
  await app.dataSource.query(
    `INSERT INTO attachment ("eventId", "fileName", "contentType", size, sha256, "storageKey", "uploadedById")
     SELECT $1, 'old.csv', 'text/csv', $3, repeat('0', 64), gen_random_uuid()::text, $4
       FROM generate_series(1, $2)`,
    [eventId, files, sizeEach, admin.id],
  );
}

function expectQuota(answer: { status: number; body: Uploaded }, quota: QuotaKind): void {
  expect(answer.status).toBe(HTTP_STATUS.QUOTA_EXCEEDED);
  expect(answer.body.errors?.[0]?.extensions).toEqual({
    code: ErrorCode.QUOTA_EXCEEDED,
    quota,
    limit: AttachmentQuota[quota],
  });
}

function storedFiles(): number {
  const dir = path.join(app.dataDir, 'attachments');
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

describe('attachment quotas of one record', () => {
  it('let exactly the quota of files in from many parallel uploads to one event', async () => {
    const eventId = await newEvent();
    const filesBefore = storedFiles();
    const tries = AttachmentQuota.FILES_PER_RECORD + 10;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, i) => upload(eventId, csv(20 + i))),
    );
    const accepted = answers.filter((a) => a.status === 201);
    expect(accepted).toHaveLength(AttachmentQuota.FILES_PER_RECORD);
    for (const refused of answers.filter((a) => a.status !== 201)) {
      expectQuota(refused, QuotaKind.FILES_PER_RECORD);
    }
    expect(await rowsOf('eventId', eventId)).toBe(AttachmentQuota.FILES_PER_RECORD);
    // A refused file leaves no bytes behind.
    expect(storedFiles() - filesBefore).toBe(AttachmentQuota.FILES_PER_RECORD);
  });

  it('let exactly the byte quota in from parallel uploads of the largest files', async () => {
    const eventId = await newEvent();
    const fit = AttachmentQuota.BYTES_PER_RECORD / ATTACHMENT_MAX_BYTES;
    const answers = await Promise.all(
      Array.from({ length: fit + 2 }, () => upload(eventId, LARGEST, 'scan.pdf')),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(fit);
    for (const refused of answers.filter((a) => a.status !== 201)) {
      expectQuota(refused, QuotaKind.BYTES_PER_RECORD);
    }
    // Room for none: even the smallest file is past the total now.
    expectQuota(await upload(eventId, csv(8)), QuotaKind.BYTES_PER_RECORD);
  });

  it('hold for a twinning relation outside any programme too', async () => {
    const relation = await buildTwinning(
      app.dataSource,
      await buildOrganisation(app.dataSource),
      await buildOrganisation(app.dataSource, { country: 'PL' }),
    );
    await app.dataSource.query(
      `INSERT INTO attachment ("twinningRelationId", "fileName", "contentType", size, sha256, "storageKey", "uploadedById")
       SELECT $1, 'old.csv', 'text/csv', 10, repeat('0', 64), gen_random_uuid()::text, $3
         FROM generate_series(1, $2)`,
      [relation.id, AttachmentQuota.FILES_PER_RECORD - 1, admin.id],
    );
    const send = async () => {
      const query = new URLSearchParams({ twinningRelationId: relation.id, name: 'memo.csv' });
      const response = await fetch(`${app.url}/attachments?${query}`, {
        method: 'POST',
        headers: { [UPLOAD_HEADER]: '1', ...cookieOf(client) },
        body: csv(12),
      });
      return { status: response.status, body: (await response.json()) as Uploaded };
    };
    const [first, second] = await Promise.all([send(), send()]);
    expect([first?.status, second?.status].sort()).toEqual([201, 409]);
    expectQuota(
      [first, second].find((a) => a?.status === 409)!,
      QuotaKind.FILES_PER_RECORD,
    );
  });
});

describe('attachment quotas of a programme', () => {
  it('count the files of all its events', async () => {
    const { programme } = await buildProgramme(app.dataSource);
    await fill(await newEvent(programme.id), AttachmentQuota.FILES_PER_PROGRAMME - 1, 10);
    const eventId = await newEvent(programme.id);
    const [a, b] = await Promise.all([upload(eventId, csv(10)), upload(eventId, csv(11))]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expectQuota(a.status === 409 ? a : b, QuotaKind.FILES_PER_PROGRAMME);
    // Another programme is not held to it.
    expect((await upload(await newEvent(), csv(10))).status).toBe(201);
  });

  it('count the bytes of its events and of the twinning relations linked to it', async () => {
    const { programme } = await buildProgramme(app.dataSource);
    const relation = await buildTwinning(
      app.dataSource,
      await buildOrganisation(app.dataSource),
      await buildOrganisation(app.dataSource, { country: 'PL' }),
      { programmeId: programme.id },
    );
    await app.dataSource.query(
      `INSERT INTO attachment ("twinningRelationId", "fileName", "contentType", size, sha256, "storageKey", "uploadedById")
       VALUES ($1, 'big.pdf', 'application/pdf', $2, repeat('0', 64), gen_random_uuid()::text, $3)`,
      [relation.id, AttachmentQuota.BYTES_PER_PROGRAMME - 1000, admin.id],
    );
    const eventId = await newEvent(programme.id);
    expect((await upload(eventId, csv(1000))).status).toBe(201);
    expectQuota(await upload(eventId, csv(8)), QuotaKind.BYTES_PER_PROGRAMME);
  });
});
