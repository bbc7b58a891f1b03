import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@spilno/shared';
import { buildUser, TEST_PASSWORD } from '../factories';
import { startTestApp, type TestApp } from '../graphql';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id email role }
}`;
const ME = '{ me { id email role organisation { id } } }';

describe('signIn, me, signOut', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('signs in with the right password, sets an HttpOnly cookie, and me answers', async () => {
    const user = await buildUser(app.dataSource, { role: Role.COORDINATOR });
    const client = app.anonymous();
    const result = await client.request(SIGN_IN, {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(result.errors).toBeUndefined();
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await client.ok(ME)).toEqual({
      me: { id: user.id, email: user.email, role: 'COORDINATOR', organisation: null },
    });
  });

  it('answers null to me when signed out, and after signOut', async () => {
    const user = await buildUser(app.dataSource);
    const client = app.anonymous();
    expect(await client.ok(ME)).toEqual({ me: null });
    await client.ok(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    const cookieBefore = client.cookie;
    expect(await client.ok('mutation { signOut }')).toEqual({ signOut: true });
    expect(await client.ok(ME)).toEqual({ me: null });
    // The old cookie no longer works either: the session is gone on the server.
    const replay = app.anonymous();
    replay.cookie = cookieBefore;
    expect(await replay.ok(ME)).toEqual({ me: null });
  });

  it('answers a wrong password and an unknown e-mail identically', async () => {
    const user = await buildUser(app.dataSource);
    const wrong = await app
      .anonymous()
      .request(SIGN_IN, { email: user.email, password: 'not-the-password' });
    const unknown = await app
      .anonymous()
      .request(SIGN_IN, { email: 'nobody@spilno.test', password: 'not-the-password' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors).toEqual(wrong.errors);
  });

  it('refuses a deactivated account like a wrong password', async () => {
    const user = await buildUser(app.dataSource, { active: false });
    expect(
      await app.anonymous().code(SIGN_IN, { email: user.email, password: TEST_PASSWORD }),
    ).toBe('UNAUTHENTICATED');
  });

  it('rate-limits an e-mail after 10 failures, even with the right password, and a success resets the count', async () => {
    const user = await buildUser(app.dataSource);
    const other = await buildUser(app.dataSource);
    for (let i = 0; i < 9; i++) {
      expect(
        await app.anonymous().code(SIGN_IN, { email: other.email, password: 'wrong-password' }),
      ).toBe('UNAUTHENTICATED');
    }
    // The 9 failures are forgiven by a success.
    await app.anonymous().ok(SIGN_IN, { email: other.email, password: TEST_PASSWORD });
    expect(
      await app.anonymous().code(SIGN_IN, { email: other.email, password: 'wrong-password' }),
    ).toBe('UNAUTHENTICATED');

    for (let i = 0; i < 10; i++) {
      expect(
        await app.anonymous().code(SIGN_IN, { email: user.email, password: 'wrong-password' }),
      ).toBe('UNAUTHENTICATED');
    }
    const locked = await app
      .anonymous()
      .request(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(800);
    // Unknown addresses are counted too, so probing reveals nothing.
    for (let i = 0; i < 10; i++)
      await app.anonymous().request(SIGN_IN, { email: 'ghost@spilno.test', password: 'x' });
    expect(await app.anonymous().code(SIGN_IN, { email: 'ghost@spilno.test', password: 'x' })).toBe(
      'RATE_LIMITED',
    );

    // Fifteen minutes later the lock is over.
    await app.dataSource.query(
      `UPDATE sign_in_throttle SET "lockedUntil" = now() - interval '1 second', "windowStart" = now() - interval '16 minutes' WHERE key = $1`,
      [`email:${user.email}`],
    );
    expect(
      (await app.anonymous().request(SIGN_IN, { email: user.email, password: TEST_PASSWORD }))
        .errors,
    ).toBeUndefined();
  });

  it('names the field of malformed sign-in input', async () => {
    const result = await app.anonymous().request(SIGN_IN, { email: '', password: 'x' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'email', message: 'required' },
    ]);
  });

  it('ends sessions that are idle for 30 minutes', async () => {
    const user = await buildUser(app.dataSource);
    const client = await app.as(user);
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    await app.dataSource.query(
      `UPDATE session SET "lastSeenAt" = now() - interval '31 minutes' WHERE "userId" = $1`,
      [user.id],
    );
    expect(await client.ok(ME)).toEqual({ me: null });
    expect(await client.code('{ programmes { id } }')).toBe('UNAUTHENTICATED');
  });

  it('ends sessions 12 hours after sign-in however active', async () => {
    const user = await buildUser(app.dataSource);
    const client = await app.as(user);
    await app.dataSource.query(
      `UPDATE session SET "createdAt" = now() - interval '13 hours' WHERE "userId" = $1`,
      [user.id],
    );
    expect(await client.ok(ME)).toEqual({ me: null });
  });

  it('changes one’s own password: wrong current is refused by field, other sessions end', async () => {
    const user = await buildUser(app.dataSource);
    const here = app.anonymous();
    await here.ok(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    const elsewhere = await app.as(user);
    const CHANGE =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await here.request(CHANGE, { c: 'not-it-at-all', n: 'a-new-password-1' });
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'currentPassword', message: 'wrong_password' },
    ]);
    const short = await here.request(CHANGE, { c: TEST_PASSWORD, n: 'short' });
    expect(short.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'newPassword', message: 'too_short' },
    ]);
    expect(await here.ok(CHANGE, { c: TEST_PASSWORD, n: 'a-new-password-1' })).toEqual({
      changePassword: true,
    });
    expect(await here.ok(ME)).toMatchObject({ me: { id: user.id } });
    expect(await elsewhere.ok(ME)).toEqual({ me: null });
    expect(
      await app.anonymous().code(SIGN_IN, { email: user.email, password: TEST_PASSWORD }),
    ).toBe('UNAUTHENTICATED');
    await app.anonymous().ok(SIGN_IN, { email: user.email, password: 'a-new-password-1' });
    expect(await app.anonymous().code(CHANGE, { c: 'x', n: 'y' })).toBe('UNAUTHENTICATED');
  });

  it('writes audit entries for sign-in and sign-out', async () => {
    const user = await buildUser(app.dataSource);
    const client = app.anonymous();
    await client.ok(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    await client.ok('mutation { signOut }');
    const rows: { action: string }[] = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE "entityId" = $1 ORDER BY at`,
      [user.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['SIGN_IN', 'SIGN_OUT']);
  });
});
