import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, ErrorCode, FileRefusal } from '@spilno/shared';
import { Attachment } from '../../src/modules/attachments/attachment.entity';
import type { Event } from '../../src/modules/events/event.entity';
import { cookieOf, downloadAttachment, uploadAttachment, type Uploaded } from '../attachment-http';
import { useCastProgramme } from '../cast-world';
import { buildEvent } from '../factories';
import type { Client, TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import {
  auditOf,
  CAST,
  expectNoChange,
  rowsOf,
  type Cast,
  type CastProgramme,
  type Member,
} from '../programme-cast';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);
const CSV = Buffer.from('сторона,учасники\nUA,12\nPL,9\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program')]);
const HTML = Buffer.from('<!DOCTYPE html><html><script>alert(document.cookie)</script></html>');

const REMOVE = `mutation ($id: ID!) { removeAttachment(id: $id) }`;
const EVENT_ATTACHMENTS = `query ($id: ID!) {
  event(id: $id) { id attachments { id fileName size contentType sha256 downloadPath uploadedBy { id } } }
}`;

let app: TestApp;
let cast: Cast;
let p: CastProgramme;
/** An event the UA partner organises: admins, its coordinator and that partner may edit it. */
let event: Event;

useCastProgramme((world) => ({ app, cast, p } = world));
beforeAll(async () => {
  event = await buildEvent(app.dataSource, p.programme.id, { organiserPartnerId: p.uaPartner.id });
});

function upload(
  client: Client,
  name: string,
  body: Buffer,
  options: { eventId?: string; headers?: Record<string, string> } = {},
) {
  return uploadAttachment(
    app.url,
    client,
    options.eventId ?? event.id,
    name,
    body,
    options.headers,
  );
}

function download(client: Client, id: string): Promise<Response> {
  return downloadAttachment(app.url, client, id);
}

async function stored(id: string): Promise<Attachment | null> {
  return app.dataSource.getRepository(Attachment).findOneBy({ id });
}

function storedFiles(): string[] {
  const dir = path.join(app.dataDir, 'attachments');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

const attachmentRows = () => rowsOf(app, 'attachment', 'eventId', event.id);

describe('uploading', () => {
  it('takes a PDF, a PNG and a CSV from the organising partner, typed by their content', async () => {
    const files: [string, Buffer, string][] = [
      ['Протокол засідання.pdf', PDF, 'application/pdf'],
      ['photo.PNG', PNG, 'image/png'],
      ['учасники.csv', CSV, 'text/csv; charset=utf-8'],
    ];
    for (const [name, bytes, contentType] of files) {
      const { status, body } = await upload(cast.clients.partner, name, bytes);
      expect(status).toBe(201);
      expect(body).toMatchObject({ fileName: name, contentType, size: bytes.length });
      expect(body.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
      const row = await stored(body.id);
      expect(row?.uploadedById).toBe(cast.users.partner.id);
      const file = path.join(app.dataDir, 'attachments', row?.storageKey ?? '');
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      const [entry] = await auditOf(app, body.id);
      expect(entry).toMatchObject({ action: 'CREATE', entityType: 'Attachment' });
      expect(entry?.actorId).toBe(cast.users.partner.id);
    }
  });

  it('keeps only a safe file name and gives one without an extension the detected one', async () => {
    const disguised = await upload(cast.clients.partner, '../../etc/\u202Eпротокол.pdf', PDF);
    expect(disguised.body.fileName).toBe('протокол.pdf');
    const bare = await upload(cast.clients.partner, 'minutes', PDF);
    expect(bare.body.fileName).toBe('minutes.pdf');
  });

  it('refuses by content whatever the name says: a program, HTML named .pdf, a PNG named .pdf', async () => {
    const files = storedFiles();
    const cases: [string, Buffer, FileRefusal][] = [
      ['minutes.pdf', EXE, FileRefusal.EXECUTABLE],
      ['setup.exe', EXE, FileRefusal.EXECUTABLE],
      ['minutes.pdf', HTML, FileRefusal.MARKUP],
      ['minutes.pdf', PNG, FileRefusal.EXTENSION_MISMATCH],
      ['empty.txt', Buffer.alloc(0), FileRefusal.EMPTY],
      ['binary.txt', Buffer.from([0x00, 0x01, 0x02, 0xfe]), FileRefusal.UNSUPPORTED_TYPE],
    ];
    for (const [name, bytes, reason] of cases) {
      const result = await expectNoChange(app, attachmentRows, async () => {
        const { status, body } = await upload(cast.clients.partner, name, bytes);
        expect(status, name).toBe(415);
        return { status, errors: body.errors, headers: new Headers() };
      });
      expect(result.errors?.[0]?.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, reason });
      expect(result.errors?.[0]?.message).toBeTruthy();
    }
    expect(storedFiles()).toEqual(files);
  });

  it('takes exactly 20 MB and refuses a byte more with 413', async () => {
    const limit = Buffer.alloc(ATTACHMENT_MAX_BYTES, 0x20);
    PDF.copy(limit);
    const accepted = await upload(cast.clients.coordinator, 'scan.pdf', limit);
    expect(accepted.status).toBe(201);
    expect(accepted.body.size).toBe(ATTACHMENT_MAX_BYTES);

    const over = Buffer.concat([limit, Buffer.from(' ')]);
    const before = await attachmentRows();
    const refused = await upload(cast.clients.coordinator, 'scan.pdf', over);
    expect(refused.status).toBe(413);
    expect(refused.body.errors?.[0]?.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await attachmentRows()).toEqual(before);
  });

  it('needs the upload header, so a cross-site form cannot post one', async () => {
    const before = await attachmentRows();
    const query = new URLSearchParams({ eventId: event.id, name: 'minutes.pdf' });
    const response = await fetch(`${app.url}/attachments?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...cookieOf(cast.clients.partner) },
      body: PDF,
    });
    expect(response.status).toBe(400);
    expect(await attachmentRows()).toEqual(before);
  });

  it('answers 404 for a missing or malformed event id and 400 without a name', async () => {
    const missing = await upload(cast.clients.admin, 'a.pdf', PDF, {
      eventId: crypto.randomUUID(),
    });
    expect(missing.status).toBe(404);
    expect((await upload(cast.clients.admin, 'a.pdf', PDF, { eventId: 'nope' })).status).toBe(404);
    const unnamed = await upload(cast.clients.admin, ' ', PDF);
    expect(unnamed.status).toBe(400);
  });

  /** Editors of the UA partner's event: admins, the programme's coordinator, the UA partner. */
  const EXPECTED: Record<Member, number> = {
    admin: 201,
    coordinator: 201,
    partner: 201,
    otherCoordinator: 403,
    neighbour: 403,
    observer: 403,
    outsider: 404,
    anonymous: 401,
  };

  it.each(CAST)('as %s: answers per the event’s edit rights', async (member) => {
    const expected = EXPECTED[member];
    const before = await attachmentRows();
    const { status, body } = await upload(cast.clients[member], 'minutes.pdf', PDF);
    expect(status).toBe(expected);
    if (expected === 201) {
      expect(body.fileName).toBe('minutes.pdf');
      return;
    }
    expect(body.errors?.[0]?.extensions.code).toBe(
      { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' }[expected],
    );
    expect(await attachmentRows()).toEqual(before);
  });

  it('lets the neighbour attach to an event its own organisation organises', async () => {
    const theirs = await buildEvent(app.dataSource, p.programme.id, {
      organiserPartnerId: p.plPartner.id,
    });
    const own = await upload(cast.clients.neighbour, 'protokół.pdf', PDF, { eventId: theirs.id });
    expect(own.status).toBe(201);
    const other = await upload(cast.clients.partner, 'minutes.pdf', PDF, { eventId: theirs.id });
    expect(other.status).toBe(403);
  });
});

describe('downloading', () => {
  let pdf: Uploaded;
  let csv: Uploaded;
  beforeAll(async () => {
    pdf = (await upload(cast.clients.partner, 'Протокол №3.pdf', PDF)).body;
    csv = (await upload(cast.clients.partner, 'учасники.csv', CSV)).body;
  });

  it.each(['observer', 'neighbour', 'otherCoordinator'] as const)(
    'gives a reader (%s) the same bytes, typed, as an attachment that is not sniffed',
    async (member) => {
      const response = await download(cast.clients[member], pdf.id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="________ _3.pdf"; filename*=UTF-8''${encodeURIComponent('Протокол №3.pdf')}`,
      );
    },
  );

  it('sends CSV as UTF-8 text with its Cyrillic name', async () => {
    const response = await download(cast.clients.coordinator, csv.id);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe(CSV.toString('utf8'));
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('учасники.csv')}`,
    );
  });

  it('answers 404 out of scope and for unknown ids, 401 signed out', async () => {
    const outsider = await download(cast.clients.outsider, pdf.id);
    expect(outsider.status).toBe(404);
    const body = (await outsider.json()) as Uploaded;
    expect(body.errors?.[0]?.extensions.code).toBe(ErrorCode.NOT_FOUND);
    expect((await download(cast.clients.admin, crypto.randomUUID())).status).toBe(404);
    expect((await download(cast.clients.admin, 'not-an-id')).status).toBe(404);
    expect((await download(cast.clients.anonymous, pdf.id)).status).toBe(401);
  });
});

describe('event.attachments', () => {
  it('lists an event’s files, oldest first, to its readers and nobody else', async () => {
    const fresh = await buildEvent(app.dataSource, p.programme.id, {
      organiserPartnerId: p.uaPartner.id,
    });
    const first = await upload(cast.clients.partner, 'minutes.pdf', PDF, { eventId: fresh.id });
    const second = await upload(cast.clients.partner, 'photo.png', PNG, { eventId: fresh.id });
    const data = await cast.clients.observer.ok<{
      event: { attachments: { id: string; fileName: string; size: number; contentType: string }[] };
    }>(EVENT_ATTACHMENTS, { id: fresh.id });
    expect(data.event.attachments).toMatchObject([
      {
        id: first.body.id,
        fileName: 'minutes.pdf',
        size: PDF.length,
        contentType: 'application/pdf',
      },
      { id: second.body.id, fileName: 'photo.png', size: PNG.length, contentType: 'image/png' },
    ]);
    expect(data.event.attachments[0]).toMatchObject({
      downloadPath: `/attachments/${first.body.id}`,
      uploadedBy: { id: cast.users.partner.id },
    });
    const outsider = await cast.clients.outsider.request(EVENT_ATTACHMENTS, { id: fresh.id });
    expect(outsider.data?.event).toBeNull();
  });
});

describe('removeAttachment', () => {
  async function fresh(): Promise<Attachment> {
    const { body } = await upload(cast.clients.partner, 'minutes.pdf', PDF);
    const row = await stored(body.id);
    if (!row) throw new Error('expected the upload to be stored');
    return row;
  }

  it('lets an editor remove the row and the file, and audits it', async () => {
    const attachment = await fresh();
    const file = path.join(app.dataDir, 'attachments', attachment.storageKey);
    expect(fs.existsSync(file)).toBe(true);
    const data = await cast.clients.partner.ok<{ removeAttachment: boolean }>(REMOVE, {
      id: attachment.id,
    });
    expect(data.removeAttachment).toBe(true);
    expect(await stored(attachment.id)).toBeNull();
    expect(fs.existsSync(file)).toBe(false);
    const entries = await auditOf(app, attachment.id);
    expect(entries.map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
    expect(entries[1]?.actorId).toBe(cast.users.partner.id);
    expect(entries[1]?.changes.map((c) => c.field)).toContain('fileName');
    expect((await download(cast.clients.partner, attachment.id)).status).toBe(404);
  });

  const REFUSED: [Member, ErrorCode][] = [
    ['neighbour', ErrorCode.FORBIDDEN],
    ['observer', ErrorCode.FORBIDDEN],
    ['otherCoordinator', ErrorCode.FORBIDDEN],
    ['outsider', ErrorCode.NOT_FOUND],
    ['anonymous', ErrorCode.UNAUTHENTICATED],
  ];

  it.each(REFUSED)('refuses %s with %s and keeps the row and the file', async (member, code) => {
    const attachment = await fresh();
    const result = await expectNoChange(app, attachmentRows, () =>
      cast.clients[member].request(REMOVE, { id: attachment.id }),
    );
    expectRefused(result, code);
    expect(fs.existsSync(path.join(app.dataDir, 'attachments', attachment.storageKey))).toBe(true);
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    expect(await cast.clients.admin.code(REMOVE, { id: crypto.randomUUID() })).toBe('NOT_FOUND');
    expect(await cast.clients.admin.code(REMOVE, { id: 'x' })).toBe('NOT_FOUND');
  });
});
