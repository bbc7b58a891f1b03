import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@spilno/shared';
import type { User } from '../../src/modules/users/user.entity';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../factories';
import { startTestApp, type Client, type GraphQLResult, type TestApp } from '../graphql';
import { buildCallers, CALLERS, deniedCode, expectRefused, type Callers } from '../matrix';
import {
  USERS,
  CREATE,
  UPDATE,
  SET_ACTIVE,
  RESET,
  SIGN_IN,
  ME,
  NEW_PASSWORD,
  row,
  snapshot,
  auditOf,
  type UserData,
} from '../user-documents';

/** Each admin operation, run against a target user, and what success leaves behind. */
const OPERATIONS: {
  name: string;
  run(client: Client, target: User): Promise<GraphQLResult>;
  succeeded(app: TestApp, target: User, result: GraphQLResult): Promise<void>;
}[] = [
  {
    name: 'users',
    run: (client, target) => client.request(USERS, { search: target.email, limit: 50, offset: 0 }),
    async succeeded(_app, target, result) {
      expect(result.data).toMatchObject({ users: { total: 1, items: [{ id: target.id }] } });
    },
  },
  {
    name: 'createUser',
    run: (client, target) =>
      client.request(CREATE, {
        input: {
          email: `new-${target.id}@spilno.test`,
          name: 'Нова Людина',
          role: 'OBSERVER',
          password: NEW_PASSWORD,
        },
      }),
    async succeeded(app, target) {
      const rows = await app.dataSource.query('SELECT 1 FROM user_account WHERE email = $1', [
        `new-${target.id}@spilno.test`,
      ]);
      expect(rows).toHaveLength(1);
    },
  },
  {
    name: 'updateUser',
    run: (client, target) =>
      client.request(UPDATE, {
        id: target.id,
        version: target.version,
        input: { name: 'Перейменована' },
      }),
    async succeeded(app, target) {
      expect((await row(app, target.id)).name).toBe('Перейменована');
    },
  },
  {
    name: 'setUserActive',
    run: (client, target) =>
      client.request(SET_ACTIVE, { id: target.id, version: target.version, active: false }),
    async succeeded(app, target) {
      expect((await row(app, target.id)).active).toBe(false);
    },
  },
  {
    name: 'resetUserPassword',
    run: (client, target) => client.request(RESET, { id: target.id, newPassword: NEW_PASSWORD }),
    async succeeded(app, target) {
      await app.anonymous().ok(SIGN_IN, { email: target.email, password: NEW_PASSWORD });
    },
  },
];

describe('user administration', () => {
  let app: TestApp;
  let callers: Callers;
  let admin: Client;
  beforeAll(async () => {
    app = await startTestApp();
    callers = await buildCallers(app);
    admin = callers.ADMIN.client;
    await buildUser(app.dataSource, { email: 'taken@spilno.test' });
  });
  afterAll(() => app?.close());

  describe.each(CALLERS)('as %s', (caller) => {
    const code = deniedCode(caller, [Role.ADMIN]);
    it.each(OPERATIONS)(
      code ? `$name is ${code}, nothing changes` : '$name succeeds',
      async (op) => {
        const target = await buildUser(app.dataSource);
        const before = await snapshot(app);
        const result = await op.run(callers[caller].client, target);
        if (code) {
          expectRefused(result, code);
          expect(await snapshot(app)).toEqual(before);
        } else {
          expect(result.errors).toBeUndefined();
          await op.succeeded(app, target, result);
        }
      },
    );
  });

  it('checks permission before input: a non-admin with bad input is FORBIDDEN', async () => {
    const input = { email: 'nope', name: '', role: 'PARTNER', password: 'x' };
    expectRefused(await callers.OBSERVER.client.request(CREATE, { input }), 'FORBIDDEN');
    expectRefused(await callers.anonymous.client.request(CREATE, { input }), 'UNAUTHENTICATED');
  });

  describe('refuses bad input by field and changes nothing', () => {
    const UNKNOWN = '6f1c9a52-0000-4000-8000-000000000000';
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['a taken e-mail, whatever its case', { email: 'TAKEN@Spilno.test' }, 'email', 'taken'],
      ['a malformed e-mail', { email: 'not-an-email' }, 'email', 'invalid_email'],
      ['a blank name', { name: '   ' }, 'name', 'required'],
      ['a short password', { password: 'short' }, 'password', 'too_short'],
      ['a PARTNER without an organisation', { role: 'PARTNER' }, 'organisationId', 'required'],
      [
        'an unknown organisation',
        { organisationId: UNKNOWN },
        'organisationId',
        'unknown_reference',
      ],
      [
        'a malformed organisation id',
        { organisationId: 'x' },
        'organisationId',
        'unknown_reference',
      ],
    ];
    it.each(cases)('createUser with %s', async (_label, overrides, field, message) => {
      const input = {
        email: 'fresh@spilno.test',
        name: 'Ганна',
        role: 'OBSERVER',
        password: NEW_PASSWORD,
      };
      const before = await snapshot(app);
      const result = await admin.request(CREATE, { input: { ...input, ...overrides } });
      expectRefused(result, 'BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: `input.${field}`, message },
      ]);
      expect(await snapshot(app)).toEqual(before);
    });

    it('updateUser making a user a PARTNER without an organisation, or with an unknown one', async () => {
      const target = await buildUser(app.dataSource);
      const before = await snapshot(app);
      for (const [input, message] of [
        [{ role: 'PARTNER' }, 'required'],
        [{ organisationId: '6f1c9a52-0000-4000-8000-000000000000' }, 'unknown_reference'],
      ] as const) {
        const result = await admin.request(UPDATE, { id: target.id, version: 1, input });
        expect(result.errors?.[0]?.extensions?.fields).toEqual([
          { field: 'input.organisationId', message },
        ]);
      }
      const blank = await admin.request(UPDATE, {
        id: target.id,
        version: 1,
        input: { name: ' ' },
      });
      expect(blank.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.name', message: 'required' },
      ]);
      const short = await admin.request(RESET, { id: target.id, newPassword: 'short' });
      expect(short.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'newPassword', message: 'too_short' },
      ]);
      expect(await snapshot(app)).toEqual(before);
    });
  });

  it('answers a second, concurrent createUser of the same e-mail as taken, not an internal error', async () => {
    const input = {
      ...{ name: 'Двійник', role: 'OBSERVER', password: NEW_PASSWORD },
      email: 'twin@spilno.test',
    };
    const results = await Promise.all([1, 2, 3].map(() => admin.request(CREATE, { input })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const loser of results.filter((r) => r.errors)) {
      expect(loser.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.email', message: 'taken' },
      ]);
    }
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const target = await buildUser(app.dataSource);
    await admin.ok(UPDATE, { id: target.id, version: 1, input: { name: 'Перша правка' } });
    const before = await snapshot(app);
    expectRefused(
      await admin.request(UPDATE, { id: target.id, version: 1, input: { name: 'Друга' } }),
      'CONFLICT',
    );
    expectRefused(
      await admin.request(SET_ACTIVE, { id: target.id, version: 1, active: false }),
      'CONFLICT',
    );
    expect(await snapshot(app)).toEqual(before);
  });

  it('lets exactly one of three concurrent updates of the same version win', async () => {
    const target = await buildUser(app.dataSource);
    const names = ['Олена', 'Петро', 'Марія'];
    const results = await Promise.all(
      names.map((name) =>
        admin.request<{ updateUser: UserData }>(UPDATE, {
          id: target.id,
          version: 1,
          input: { name },
        }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    const stored = await row(app, target.id);
    expect(stored).toMatchObject({ name: winners[0]!.data!.updateUser.name, version: 2 });
    expect((await auditOf(app, target.id)).filter((e) => e.action === 'UPDATE')).toHaveLength(1);
  });

  it('does not count a sign-in as an edit: an admin edit of the version read before still lands', async () => {
    const target = await buildUser(app.dataSource);
    await app.anonymous().ok(SIGN_IN, { email: target.email, password: TEST_PASSWORD });
    await admin.ok(UPDATE, {
      id: target.id,
      version: target.version,
      input: { name: 'Після входу' },
    });
  });

  it('deactivation ends the user’s sessions at once and blocks sign-in; reactivation restores it', async () => {
    const target = await buildUser(app.dataSource, { role: Role.COORDINATOR });
    const browsers = [await app.as(target), await app.as(target)];
    for (const browser of browsers) expect(await browser.ok(ME)).toEqual({ me: { id: target.id } });
    const off = await admin.ok<{ setUserActive: UserData }>(SET_ACTIVE, {
      id: target.id,
      version: 1,
      active: false,
    });
    expect(off.setUserActive).toMatchObject({ active: false, version: 2 });
    for (const browser of browsers) {
      expect(await browser.ok(ME)).toEqual({ me: null });
      expect(await browser.code('{ organisations { total } }')).toBe('UNAUTHENTICATED');
    }
    expect(
      await app.dataSource.query('SELECT 1 FROM session WHERE "userId" = $1', [target.id]),
    ).toEqual([]);
    expect(
      await app.anonymous().code(SIGN_IN, { email: target.email, password: TEST_PASSWORD }),
    ).toBe('UNAUTHENTICATED');
    await admin.ok(SET_ACTIVE, { id: target.id, version: 2, active: true });
    await app.anonymous().ok(SIGN_IN, { email: target.email, password: TEST_PASSWORD });
  });

  it('a password reset ends the user’s sessions; only the new password works', async () => {
    const target = await buildUser(app.dataSource);
    const browser = await app.as(target);
    await admin.ok(RESET, { id: target.id, newPassword: NEW_PASSWORD });
    expect(await browser.ok(ME)).toEqual({ me: null });
    expect(
      await app.anonymous().code(SIGN_IN, { email: target.email, password: TEST_PASSWORD }),
    ).toBe('UNAUTHENTICATED');
    await app.anonymous().ok(SIGN_IN, { email: target.email, password: NEW_PASSWORD });
  });

  it('an admin cannot deactivate or demote themselves, but may rename themselves', async () => {
    const self = await buildUser(app.dataSource, { role: Role.ADMIN });
    const client = await app.as(self);
    expectRefused(
      await client.request(SET_ACTIVE, { id: self.id, version: 1, active: false }),
      'FORBIDDEN',
    );
    expectRefused(
      await client.request(UPDATE, { id: self.id, version: 1, input: { role: 'OBSERVER' } }),
      'FORBIDDEN',
    );
    expect(await row(app, self.id)).toMatchObject({ role: 'ADMIN', active: true, version: 1 });
    expect(await client.ok(ME)).toEqual({ me: { id: self.id } });
    await client.ok(UPDATE, {
      id: self.id,
      version: 1,
      input: { name: 'Адмін Перейменований', role: 'ADMIN' },
    });
  });

  it.each(['not-an-id', '', '6f1c9a52-0000-4000-8000-000000000000'])(
    'answers NOT_FOUND for the id "%s"',
    async (id) => {
      for (const [document, variables] of [
        [UPDATE, { id, version: 1, input: { name: 'X' } }],
        [SET_ACTIVE, { id, version: 1, active: false }],
        [RESET, { id, newPassword: NEW_PASSWORD }],
      ] as const) {
        expectRefused(await admin.request(document, variables), 'NOT_FOUND');
      }
    },
  );

  it('lists users by part of the name in any case, by role, paged with the full total', async () => {
    const tag = `тег${Date.now().toString(36)}`;
    for (const [name, role] of [
      [`Оксана ${tag}`, Role.PARTNER],
      [`Богдан ${tag}`, Role.OBSERVER],
      [`Юрій ${tag}`, Role.OBSERVER],
    ] as const) {
      const organisation = await buildOrganisation(app.dataSource);
      await buildUser(app.dataSource, { name, role, organisationId: organisation.id });
    }
    const page = (variables: Record<string, unknown>) =>
      admin.ok<{ users: { total: number; items: { name: string }[] } }>(USERS, {
        limit: 50,
        offset: 0,
        ...variables,
      });
    expect((await page({ search: tag.toUpperCase() })).users.total).toBe(3);
    expect((await page({ search: tag, role: 'OBSERVER' })).users.items.map((u) => u.name)).toEqual([
      `Богдан ${tag}`,
      `Юрій ${tag}`,
    ]);
    const last = await page({ search: tag, limit: 2, offset: 2 });
    expect([last.users.total, last.users.items.map((u) => u.name)]).toEqual([3, [`Юрій ${tag}`]]);
    const tooMany = await admin.request(USERS, { limit: 201, offset: 0 });
    expect(tooMany.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'limit', message: 'out_of_range' },
    ]);
  });

  it('audits every change with before and after of the changed fields, never a password hash', async () => {
    const organisation = await buildOrganisation(app.dataSource);
    const created = await admin.ok<{ createUser: UserData }>(CREATE, {
      input: {
        email: 'Audited@Spilno.test',
        name: 'Аудит',
        role: 'OBSERVER',
        password: NEW_PASSWORD,
      },
    });
    const { id } = created.createUser;
    await admin.ok(UPDATE, {
      id,
      version: 1,
      input: { name: 'Аудит Два', role: 'PARTNER', organisationId: organisation.id },
    });
    await admin.ok(SET_ACTIVE, { id, version: 2, active: false });
    await admin.ok(RESET, { id, newPassword: 'yet-another-password' });
    const entries = await auditOf(app, id);
    expect(entries.map((e) => [e.action, e.actorId])).toEqual(
      ['CREATE', 'UPDATE', 'UPDATE', 'UPDATE'].map((action) => [action, callers.ADMIN.user!.id]),
    );
    expect(entries.map((e) => e.changes)).toEqual([
      [
        { field: 'email', before: null, after: 'audited@spilno.test' },
        { field: 'name', before: null, after: 'Аудит' },
        { field: 'role', before: null, after: 'OBSERVER' },
        { field: 'active', before: null, after: true },
      ],
      [
        { field: 'name', before: 'Аудит', after: 'Аудит Два' },
        { field: 'role', before: 'OBSERVER', after: 'PARTNER' },
        { field: 'organisationId', before: null, after: organisation.id },
      ],
      [{ field: 'active', before: true, after: false }],
      [{ field: 'password', before: null, after: null }],
    ]);
    const hashes: { passwordHash: string }[] = await app.dataSource.query(
      'SELECT "passwordHash" FROM user_account',
    );
    const log: { text: string }[] = await app.dataSource.query(
      `SELECT string_agg(changes::text || coalesce(summary, ''), ' ') AS text FROM audit_entry`,
    );
    expect(log[0]!.text).not.toMatch(/argon2|yet-another-password|a-brand-new-password/);
    for (const { passwordHash } of hashes) expect(log[0]!.text).not.toContain(passwordHash);
  });
});
