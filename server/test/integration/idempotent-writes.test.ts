import 'reflect-metadata';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ErrorCode, FieldMessage, ProgrammeStatus } from '@spilno/shared';
import { IdempotentWrites } from '../../src/common/idempotency';
import { Programme } from '../../src/modules/programmes/programme.entity';
import { useCastProgramme } from '../cast-world';
import { uploadAttachment } from '../attachment-http';
import { buildAction, buildEvent, buildUser } from '../factories';
import type { Client, GraphQLResult, TestApp } from '../graphql';
import { LOG_EVENT, eventInput } from '../event-documents';
import { RAISE_ISSUE, issueInput } from '../monitoring-documents';
import { REPORT_PROGRESS } from '../programme-documents';
import {
  auditCount,
  castProgramme,
  expectFields,
  rowsOf,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import { CREATE_REPORT, UPDATE_REPORT, reportInput } from '../report-documents';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

let serial = 0;
/** A key no other test uses. */
function freshKey(): string {
  serial += 1;
  return `outbox-${serial}-${Date.now()}`;
}

type Logged = { logEvent: { id: string; title: string } };

function logEvent(client: Client, key: string | null, overrides: Record<string, unknown> = {}) {
  return client.request<Logged>(LOG_EVENT, {
    programmeId: p.programme.id,
    input: eventInput({ organiserPartnerId: p.uaPartner.id, ...overrides }),
    idempotencyKey: key,
  });
}

async function count(table: string, column: string, value: string): Promise<number> {
  return (await rowsOf(app, table, column, value)).length;
}

async function keysOf(userId: string): Promise<number> {
  return count('idempotency_key', 'userId', userId);
}

function idOf(result: GraphQLResult<Logged>): string {
  expect(result.errors).toBeUndefined();
  return result.data?.logEvent.id ?? '';
}

describe('logEvent with an idempotency key', () => {
  it('answers a repeat with the first event and writes it once', async () => {
    const key = freshKey();
    const title = `Подія ${key}`;
    const first = idOf(await logEvent(cast.clients.partner, key, { title }));
    const audit = await auditCount(app);
    const second = idOf(await logEvent(cast.clients.partner, key, { title }));
    expect(second).toBe(first);
    expect(await count('event', 'title', title)).toBe(1);
    expect(await auditCount(app)).toBe(audit);
  });

  it('writes one event for five requests with one key at once, and all answer it', async () => {
    const key = freshKey();
    const title = `Одночасно ${key}`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => logEvent(cast.clients.partner, key, { title })),
    );
    const ids = results.map(idOf);
    expect(new Set(ids).size).toBe(1);
    expect(await count('event', 'title', title)).toBe(1);
    expect(await count('idempotency_key', 'key', key)).toBe(1);
  });

  it('refuses the same key with another input, naming idempotencyKey, and writes nothing', async () => {
    const key = freshKey();
    idOf(await logEvent(cast.clients.partner, key, { title: `Перша ${key}` }));
    const audit = await auditCount(app);
    const other = await logEvent(cast.clients.partner, key, { title: `Друга ${key}` });
    expectFields(other, [['idempotencyKey', FieldMessage.TAKEN]]);
    expect(await count('event', 'title', `Друга ${key}`)).toBe(0);
    expect(await auditCount(app)).toBe(audit);
  });

  it('refuses the same key on another mutation', async () => {
    const key = freshKey();
    idOf(await logEvent(cast.clients.partner, key));
    const issue = await cast.clients.partner.request(RAISE_ISSUE, {
      programmeId: p.programme.id,
      input: issueInput({ title: `Проблема ${key}` }),
      idempotencyKey: key,
    });
    expectFields(issue, [['idempotencyKey', FieldMessage.TAKEN]]);
    expect(await count('monitoring_issue', 'title', `Проблема ${key}`)).toBe(0);
  });

  it('keeps keys apart per user: the same key from two users writes two events', async () => {
    const key = freshKey();
    const title = `Двоє ${key}`;
    const partners = idOf(await logEvent(cast.clients.partner, key, { title }));
    const coordinators = idOf(await logEvent(cast.clients.coordinator, key, { title }));
    expect(coordinators).not.toBe(partners);
    expect(await count('event', 'title', title)).toBe(2);
  });

  it('keeps no key of a failed write, so the corrected retry with it succeeds', async () => {
    const key = freshKey();
    const title = `Виправлена ${key}`;
    const invalid = await logEvent(cast.clients.partner, key, {
      title,
      endsAt: '2026-04-14T09:00:00+03:00',
    });
    expect(invalid.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await count('idempotency_key', 'key', key)).toBe(0);
    idOf(await logEvent(cast.clients.partner, key, { title }));
    expect(await count('event', 'title', title)).toBe(1);
  });

  it('keeps no key of a forbidden write', async () => {
    const key = freshKey();
    const refused = await logEvent(cast.clients.observer, key);
    expect(refused.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect(await keysOf(cast.users.observer.id)).toBe(0);
  });

  it('bounds the key to 1–100 characters', async () => {
    expectFields(await logEvent(cast.clients.partner, ''), [
      ['idempotencyKey', FieldMessage.TOO_SHORT],
    ]);
    expectFields(await logEvent(cast.clients.partner, 'k'.repeat(101)), [
      ['idempotencyKey', FieldMessage.TOO_LONG],
    ]);
    idOf(await logEvent(cast.clients.partner, `${'k'.repeat(90)}${serial++}`.slice(0, 100)));
  });

  it('checks a replay like a first request: no event through a key once access is lost', async () => {
    const own = await castProgramme(app, cast);
    const key = freshKey();
    const variables = {
      programmeId: own.programme.id,
      input: eventInput({ organiserPartnerId: own.uaPartner.id }),
      idempotencyKey: key,
    };
    await cast.clients.partner.ok(LOG_EVENT, variables);
    // Back to a draft: only its coordinators and admins may read it.
    await app.dataSource
      .getRepository(Programme)
      .update({ id: own.programme.id }, { status: ProgrammeStatus.DRAFT });
    const replay = await cast.clients.partner.request(LOG_EVENT, variables);
    expect(replay.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect(replay.data).toBeNull();
  });
});

describe('raiseIssue with an idempotency key', () => {
  it('answers a repeat and concurrent requests with the one issue', async () => {
    const key = freshKey();
    const title = `Черги ${key}`;
    const raise = () =>
      cast.clients.partner.request<{ raiseIssue: { id: string } }>(RAISE_ISSUE, {
        programmeId: p.programme.id,
        input: issueInput({ title }),
        idempotencyKey: key,
      });
    const results = await Promise.all([raise(), raise(), raise()]);
    const again = await raise();
    const ids = [...results, again].map((result) => result.data?.raiseIssue.id);
    expect(ids[0]).toBeTruthy();
    expect(new Set(ids).size).toBe(1);
    expect(await count('monitoring_issue', 'title', title)).toBe(1);
  });
});

describe('reportActionProgress with an idempotency key', () => {
  type Reported = { reportActionProgress: { id: string; version: number; progress: number } };

  it('answers a repeat with its now stale version with the action, not CONFLICT', async () => {
    const action = await buildAction(app.dataSource, p.programme.id, {
      responsible: [p.uaPartner],
    });
    const key = freshKey();
    const variables = { id: action.id, version: action.version, progress: 40, idempotencyKey: key };
    const first = await cast.clients.partner.ok<Reported>(REPORT_PROGRESS, variables);
    expect(first.reportActionProgress.version).toBe(action.version + 1);
    const repeat = await cast.clients.partner.ok<Reported>(REPORT_PROGRESS, variables);
    expect(repeat.reportActionProgress).toEqual(first.reportActionProgress);
    expect(await count('action_progress_note', 'actionId', action.id)).toBe(1);

    // Without a key a stale version stays CONFLICT.
    const unkeyed = { ...variables, idempotencyKey: null };
    expect(await cast.clients.partner.code(REPORT_PROGRESS, unkeyed)).toBe(ErrorCode.CONFLICT);
    expect(await count('action_progress_note', 'actionId', action.id)).toBe(1);
  });

  it('keeps no key of a CONFLICT, so the retry at the current version succeeds', async () => {
    const action = await buildAction(app.dataSource, p.programme.id, {
      responsible: [p.uaPartner],
    });
    const key = freshKey();
    const stale = { id: action.id, version: action.version + 5, progress: 10, idempotencyKey: key };
    expect(await cast.clients.partner.code(REPORT_PROGRESS, stale)).toBe(ErrorCode.CONFLICT);
    const current = { ...stale, version: action.version };
    const done = await cast.clients.partner.ok<Reported>(REPORT_PROGRESS, current);
    expect(done.reportActionProgress.progress).toBe(10);
  });
});

describe('progress report drafts with an idempotency key', () => {
  type Report = { id: string; version: number; narrative: string };

  it('creates a draft once and saves it once, repeats answering the report', async () => {
    const writer = cast.clients.partner;
    const own = await castProgramme(app, cast);
    const createKey = freshKey();
    const create = {
      programmeId: own.programme.id,
      partnerId: own.uaPartner.id,
      input: reportInput(),
      idempotencyKey: createKey,
    };
    const created = await Promise.all([
      writer.ok<{ createProgressReport: Report }>(CREATE_REPORT, create),
      writer.ok<{ createProgressReport: Report }>(CREATE_REPORT, create),
    ]);
    const report = created[0].createProgressReport;
    expect(created[1].createProgressReport.id).toBe(report.id);
    expect(await count('progress_report', 'partnerId', own.uaPartner.id)).toBe(1);

    const save = {
      id: report.id,
      version: report.version,
      input: reportInput({ narrative: 'Оновлений текст звіту' }),
      idempotencyKey: freshKey(),
    };
    const saved = await writer.ok<{ updateProgressReport: Report }>(UPDATE_REPORT, save);
    expect(saved.updateProgressReport.version).toBe(report.version + 1);
    const again = await writer.ok<{ updateProgressReport: Report }>(UPDATE_REPORT, save);
    expect(again.updateProgressReport).toEqual(saved.updateProgressReport);

    const unkeyed = { ...save, idempotencyKey: null };
    expect(await writer.code(UPDATE_REPORT, unkeyed)).toBe(ErrorCode.CONFLICT);
  });
});

describe('two requests with one key at once', () => {
  /** A write whose transaction claims the key and then waits for `gate` before it ends. */
  function heldWrite(writes: IdempotentWrites, userId: string, gate: Promise<void>, fail = false) {
    const runs: string[] = [];
    const result = writes.once(
      { userId, key: 'held', operation: 'test', args: { n: 1 } },
      async (id) => ({ id, replayed: true }),
      (transaction) =>
        transaction(async () => {
          const id = crypto.randomUUID();
          runs.push(id);
          await gate;
          if (fail) throw new Error('the first write failed');
          return { id, replayed: false };
        }),
    );
    return { runs, result };
  }

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('makes the second wait for the first and answer its record without writing', async () => {
    const writes = new IdempotentWrites(app.dataSource);
    const user = await buildUser(app.dataSource);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = heldWrite(writes, user.id, gate);
    await pause(100);
    const second = heldWrite(writes, user.id, Promise.resolve());
    await pause(200);
    open();
    const [a, b] = await Promise.all([first.result, second.result]);
    expect(a).toEqual({ id: first.runs[0], replayed: false });
    expect(b).toEqual({ id: first.runs[0], replayed: true });
    expect(second.runs).toEqual([]);
  });

  it('lets the second write when the first fails, since a failed write keeps no key', async () => {
    const writes = new IdempotentWrites(app.dataSource);
    const user = await buildUser(app.dataSource);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = heldWrite(writes, user.id, gate, true);
    const failed = first.result.catch((error: unknown) => error);
    await pause(100);
    const second = heldWrite(writes, user.id, Promise.resolve());
    await pause(200);
    open();
    expect(await failed).toBeInstanceOf(Error);
    const b = await second.result;
    expect(second.runs).toHaveLength(1);
    expect(b).toEqual({ id: second.runs[0], replayed: false });
  });
});

describe('the retention sweep', () => {
  it('deletes keys older than 30 days and keeps younger ones', async () => {
    const user = await buildUser(app.dataSource);
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
    for (const [key, createdAt] of [
      ['old', daysAgo(31)],
      ['edge', daysAgo(29.9)],
      ['new', daysAgo(1)],
    ] as const) {
      await app.dataSource.query(
        `INSERT INTO idempotency_key ("userId", key, fingerprint, "recordId", "createdAt")
          VALUES ($1, $2, repeat('0', 64), gen_random_uuid(), $3)`,
        [user.id, key, createdAt],
      );
    }
    const deleted = await new IdempotentWrites(app.dataSource).purgeExpired(now);
    expect(deleted).toBe(1);
    const kept = await app.dataSource.query<{ key: string }[]>(
      'SELECT key FROM idempotency_key WHERE "userId" = $1 ORDER BY key',
      [user.id],
    );
    expect(kept.map((row) => row.key)).toEqual(['edge', 'new']);
  });
});

describe('uploads with an Idempotency-Key header', () => {
  const PDF = Buffer.from(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n',
  );
  const OTHER = Buffer.from('%PDF-1.7\n% another file\ntrailer\n<< >>\n%%EOF\n');

  it('answers a repeated upload with the first attachment', async () => {
    const event = await buildEvent(app.dataSource, p.programme.id, {
      organiserPartnerId: p.uaPartner.id,
    });
    const headers = { 'Idempotency-Key': freshKey() };
    const upload = (body: Buffer) =>
      uploadAttachment(app.url, cast.clients.partner, event.id, 'agenda.pdf', body, headers);
    const [first, concurrent] = await Promise.all([upload(PDF), upload(PDF)]);
    expect(first.status).toBe(201);
    expect(concurrent.status).toBe(201);
    const again = await upload(PDF);
    expect(new Set([first.body.id, concurrent.body.id, again.body.id]).size).toBe(1);
    expect(await count('attachment', 'eventId', event.id)).toBe(1);

    const other = await upload(OTHER);
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'Idempotency-Key', message: FieldMessage.TAKEN }],
    });
    expect(await count('attachment', 'eventId', event.id)).toBe(1);

    // Without the header every upload is a new attachment, as before.
    const plain = await uploadAttachment(app.url, cast.clients.partner, event.id, 'a.pdf', PDF);
    expect(plain.status).toBe(201);
    expect(await count('attachment', 'eventId', event.id)).toBe(2);
  });
});
