import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditAction, Role } from '@spilno/shared';
import { buildUser } from '../factories';
import { startTestApp, type TestApp } from '../graphql';
import { buildCallers, CALLERS, deniedCode, expectRefused, type Callers } from '../matrix';

const AUDIT_LOG = `query ($entityType: String, $entityId: String, $actorId: ID, $action: AuditAction,
                         $from: DateTime, $to: DateTime, $limit: Int! = 50, $offset: Int! = 0) {
  auditLog(entityType: $entityType, entityId: $entityId, actorId: $actorId, action: $action,
           from: $from, to: $to, limit: $limit, offset: $offset) {
    total
    items { id at action entityType entityId summary actor { id name } changes { field before after } }
  }
}`;

interface AuditData {
  auditLog: {
    total: number;
    items: {
      summary: string;
      at: string;
      actor: { id: string; name: string } | null;
      changes: { field: string; before: unknown; after: unknown }[];
    }[];
  };
}

describe('the audit log', () => {
  let app: TestApp;
  let callers: Callers;
  let adminId: string;
  let coordinatorId: string;

  /** Five entries a day apart, written directly (the log only ever accepts inserts). */
  async function seed() {
    const rows: [string, string | null, AuditAction, string, unknown[]][] = [
      [
        'e1',
        adminId,
        AuditAction.CREATE,
        'one',
        [{ field: 'title', before: null, after: 'Перша' }],
      ],
      ['e2', coordinatorId, AuditAction.UPDATE, 'one', []],
      ['e3', adminId, AuditAction.UPDATE, 'two', []],
      ['e4', coordinatorId, AuditAction.DELETE, 'two', []],
      ['e5', null, AuditAction.SIGN_IN, 'three', []],
    ];
    for (const [index, [summary, actorId, action, entityId, changes]] of rows.entries()) {
      await app.dataSource.query(
        `INSERT INTO audit_entry (at, "actorId", action, "entityType", "entityId", summary, changes)
         VALUES ($1, $2, $3, 'Seeded', $4, $5, $6::jsonb)`,
        [
          `2026-03-0${index + 1}T10:00:00Z`,
          actorId,
          action,
          entityId,
          summary,
          JSON.stringify(changes),
        ],
      );
    }
  }

  beforeAll(async () => {
    app = await startTestApp();
    callers = await buildCallers(app);
    adminId = callers.ADMIN.user!.id;
    coordinatorId = callers.COORDINATOR.user!.id;
    await seed();
  });
  afterAll(() => app?.close());

  const log = (variables: Record<string, unknown> = {}) =>
    callers.ADMIN.client.ok<AuditData>(AUDIT_LOG, { entityType: 'Seeded', ...variables });
  const summaries = async (variables: Record<string, unknown> = {}) =>
    (await log(variables)).auditLog.items.map((item) => item.summary);

  it.each(CALLERS)('is for admins only: as %s', async (caller) => {
    const result = await callers[caller].client.request<AuditData>(AUDIT_LOG, {
      entityType: 'Seeded',
    });
    const code = deniedCode(caller, [Role.ADMIN]);
    if (code) expectRefused(result, code);
    else expect(result.data?.auditLog.total).toBe(5);
  });

  it('lists newest first, paged, with the total of all matches', async () => {
    expect(await summaries()).toEqual(['e5', 'e4', 'e3', 'e2', 'e1']);
    const page = await log({ limit: 2, offset: 2 });
    expect(page.auditLog.total).toBe(5);
    expect(page.auditLog.items.map((i) => i.summary)).toEqual(['e3', 'e2']);
    expect((await log({ limit: 2, offset: 6 })).auditLog).toEqual({ total: 5, items: [] });
  });

  it('filters by record, actor, action and combinations', async () => {
    expect(await summaries({ entityId: 'one' })).toEqual(['e2', 'e1']);
    expect(await summaries({ actorId: adminId })).toEqual(['e3', 'e1']);
    expect(await summaries({ action: 'UPDATE' })).toEqual(['e3', 'e2']);
    expect(await summaries({ actorId: coordinatorId, action: 'DELETE' })).toEqual(['e4']);
    expect(await summaries({ entityType: 'Nothing' })).toEqual([]);
  });

  it('filters by time: from is inclusive, to exclusive, offsets honoured', async () => {
    expect(await summaries({ from: '2026-03-02T10:00:00Z', to: '2026-03-04T10:00:00Z' })).toEqual([
      'e3',
      'e2',
    ]);
    expect(await summaries({ from: '2026-03-03T12:00:00+02:00' })).toEqual(['e5', 'e4', 'e3']);
    expect(await summaries({ to: '2026-03-01T10:00:00.001Z' })).toEqual(['e1']);
  });

  it('resolves the actor and the changed fields', async () => {
    const items = (await log({ entityId: 'one' })).auditLog.items;
    expect(items[1]).toMatchObject({
      at: '2026-03-01T10:00:00.000Z',
      actor: { id: adminId, name: callers.ADMIN.user!.name },
      changes: [{ field: 'title', before: null, after: 'Перша' }],
    });
    expect((await log({ entityId: 'three' })).auditLog.items[0]!.actor).toBeNull();
  });

  it('answers malformed filters without an internal error', async () => {
    expect((await log({ actorId: 'not-an-id' })).auditLog).toEqual({ total: 0, items: [] });
    const badDate = await callers.ADMIN.client.request(AUDIT_LOG, { from: 'yesterday' });
    expect(badDate.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'from', message: 'invalid' }],
    });
    const badLimit = await callers.ADMIN.client.request(AUDIT_LOG, { limit: 1000 });
    expect(badLimit.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'limit', message: 'out_of_range' },
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const before = await app.dataSource.query('SELECT * FROM audit_entry ORDER BY id');
    expect(before.length).toBeGreaterThanOrEqual(5);
    for (const sql of [
      `UPDATE audit_entry SET summary = 'rewritten'`,
      `UPDATE audit_entry SET "actorId" = NULL WHERE summary = 'e1'`,
      'DELETE FROM audit_entry',
      `DELETE FROM audit_entry WHERE summary = 'e5'`,
      'TRUNCATE audit_entry',
    ]) {
      await expect(app.dataSource.query(sql)).rejects.toThrow(/cannot be changed or removed/);
    }
    expect(await app.dataSource.query('SELECT * FROM audit_entry ORDER BY id')).toEqual(before);
  });

  it('writes an entry in the transaction of its change: what rolls back leaves no entry', async () => {
    await expect(
      app.dataSource.transaction(async (manager) => {
        await app.services.audit.record(manager, {
          actorId: adminId,
          action: AuditAction.UPDATE,
          entityType: 'Rolled',
          entityId: 'back',
        });
        throw new Error('the change failed after its entry was written');
      }),
    ).rejects.toThrow('the change failed');
    expect(
      await app.dataSource.query(`SELECT 1 FROM audit_entry WHERE "entityType" = 'Rolled'`),
    ).toEqual([]);
  });

  it('a failed mutation leaves no entry, a successful one leaves exactly one', async () => {
    const target = await buildUser(app.dataSource);
    const count = async () =>
      (
        await app.dataSource.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM audit_entry WHERE "entityId" = $1',
          [target.id],
        )
      )[0]!.n;
    const UPDATE = `mutation ($id: ID!, $version: Int!, $name: String!) {
      updateUser(id: $id, version: $version, input: { name: $name }) { version }
    }`;
    const admin = callers.ADMIN.client;
    expectRefused(
      await admin.request(UPDATE, { id: target.id, version: 7, name: 'Ні' }),
      'CONFLICT',
    );
    expectRefused(
      await admin.request(UPDATE, { id: target.id, version: 1, name: ' ' }),
      'BAD_USER_INPUT',
    );
    expectRefused(
      await callers.OBSERVER.client.request(UPDATE, { id: target.id, version: 1, name: 'Ні' }),
      'FORBIDDEN',
    );
    expect(await count()).toBe(0);
    await admin.ok(UPDATE, { id: target.id, version: 1, name: 'Так' });
    expect(await count()).toBe(1);
    const entries = await log({ entityType: 'User', entityId: target.id });
    expect(entries.auditLog.items[0]!.changes).toEqual([
      { field: 'name', before: target.name, after: 'Так' },
    ]);
  });
});
