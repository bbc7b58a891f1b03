import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ErrorCode,
  SIGN_IN_MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_MAX_FAILURES_PER_DEVICE,
  SIGN_IN_MAX_FAILURES_PER_EMAIL,
} from '@spilno/shared';
import { DEVICE_COOKIE } from '../../src/modules/auth/device-cookie';
import { SESSION_COOKIE } from '../../src/modules/auth/session.service';
import type { User } from '../../src/modules/users/user.entity';
import { Browser } from '../browser';
import { buildUser, TEST_PASSWORD } from '../factories';
import { startTestApp, type TestApp } from '../graphql';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id }
}`;
const SIGN_OUT = 'mutation { signOut }';
const ME = '{ me { id } }';
const CHANGE_PASSWORD =
  'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const DAY_SECONDS = 24 * 3600;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());
// Every request here comes from 127.0.0.1: each test starts with no failures counted.
beforeEach(() => app.dataSource.query('DELETE FROM sign_in_throttle'));

function stranger(): Browser {
  return new Browser(app.url);
}

async function signedInBrowser(user: User): Promise<Browser> {
  const browser = new Browser(app.url);
  expect(await browser.code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
    undefined,
  );
  expect(browser.jar.get(DEVICE_COOKIE)).toBeTruthy();
  return browser;
}

/** `times` wrong passwords for `email`, each from a new client without cookies. */
async function strangersFail(email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    // Refused either way: wrong, or, past the limit, locked.
    expect([ErrorCode.UNAUTHENTICATED, ErrorCode.RATE_LIMITED]).toContain(
      await stranger().code(SIGN_IN, { email, password: `guess-${i}` }),
    );
  }
}

describe('the device cookie', () => {
  it('is set by a sign-in: signed, HttpOnly, SameSite, for at least 30 days', async () => {
    const user = await buildUser(app.dataSource);
    const browser = await signedInBrowser(user);
    const device = browser.lastSetCookies.find((c) => c.name === DEVICE_COOKIE);
    expect(device?.attributes.has('httponly')).toBe(true);
    expect(device?.attributes.get('samesite')).toBe('Strict');
    expect(device?.attributes.get('path')).toBe('/');
    expect(Number(device?.attributes.get('max-age'))).toBeGreaterThanOrEqual(30 * DAY_SECONDS);
    expect(app.services.devices.verify(device?.value)).toMatchObject({ userId: user.id });
    // The session cookie comes first, as browsers and clients that read one cookie expect.
    expect(browser.lastSetCookies.map((c) => c.name)).toEqual([SESSION_COOKIE, DEVICE_COOKIE]);
  });

  it('outlives sign-out: the session cookie is cleared, the device cookie is left alone', async () => {
    const user = await buildUser(app.dataSource);
    const browser = await signedInBrowser(user);
    const device = browser.jar.get(DEVICE_COOKIE);
    expect(await browser.code(SIGN_OUT)).toBe(undefined);
    expect(browser.lastSetCookies.map((c) => c.name)).toEqual([SESSION_COOKIE]);
    expect(browser.jar.has(SESSION_COOKIE)).toBe(false);
    expect(browser.jar.get(DEVICE_COOKIE)).toBe(device);
    expect((await browser.request(ME)).data).toEqual({ me: null });

    // Still good for what it is for, after sign-out.
    await strangersFail(user.email, SIGN_IN_MAX_FAILURES_PER_EMAIL + 2);
    expect(await browser.code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      undefined,
    );
  });
});

describe('failures of strangers', () => {
  it('lock the account for clients without a device cookie, never for one with it', async () => {
    const user = await buildUser(app.dataSource);
    const browser = await signedInBrowser(user);
    await browser.request(SIGN_OUT);
    await strangersFail(user.email, SIGN_IN_MAX_FAILURES_PER_EMAIL + 2);
    expect(await stranger().code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      ErrorCode.RATE_LIMITED,
    );
    // Its own mistake is just a mistake, not a lock-out.
    expect(await browser.code(SIGN_IN, { email: user.email, password: 'typo' })).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect(await browser.code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      undefined,
    );
    expect((await browser.request(ME)).data).toEqual({ me: { id: user.id } });
    // Its success does not lift the lock strangers put on everyone else.
    expect(await stranger().code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      ErrorCode.RATE_LIMITED,
    );
  });

  it('from one address lock that address for clients without a device cookie only', async () => {
    const user = await buildUser(app.dataSource);
    const browser = await signedInBrowser(user);
    await browser.request(SIGN_OUT);
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_ADDRESS; i++) {
      await stranger().request(SIGN_IN, { email: `nobody-${i}@spilno.test`, password: 'x' });
    }
    expect(await stranger().code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      ErrorCode.RATE_LIMITED,
    );
    expect(await browser.code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      undefined,
    );
  });
});

describe('a device cookie that does not help', () => {
  async function lockedAccount(): Promise<{ user: User; valid: string }> {
    const user = await buildUser(app.dataSource);
    const valid = (await signedInBrowser(user)).jar.get(DEVICE_COOKIE) ?? '';
    await strangersFail(user.email, SIGN_IN_MAX_FAILURES_PER_EMAIL);
    return { user, valid };
  }

  async function signInWith(cookie: string, user: User): Promise<string | undefined> {
    const browser = new Browser(app.url);
    browser.jar.set(DEVICE_COOKIE, cookie);
    return browser.code(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
  }

  it('is one of another account', async () => {
    const { user } = await lockedAccount();
    const other = await buildUser(app.dataSource);
    const othersCookie = (await signedInBrowser(other)).jar.get(DEVICE_COOKIE) ?? '';
    expect(await signInWith(othersCookie, user)).toBe(ErrorCode.RATE_LIMITED);
  });

  it('is forged, tampered with, expired or signed with another key', async () => {
    const { user, valid } = await lockedAccount();
    const [, nonce = '', expiry = '', signature = ''] = valid.split('.');
    const other = await buildUser(app.dataSource);
    const forged = [
      `${user.id}.${nonce}.${expiry}.${'A'.repeat(signature.length)}`,
      `${user.id}.${nonce}.${Number(expiry) + 1}.${signature}`,
      valid.replace(user.id, other.id),
      `${valid}x`,
      app.services.devices.issue(user.id, Date.now() - 365 * DAY_SECONDS * 1000),
      'garbage',
    ];
    for (const cookie of forged)
      expect(await signInWith(cookie, user), cookie).toBe('RATE_LIMITED');
    // The genuine one, for contrast.
    expect(await signInWith(valid, user)).toBe(undefined);
  });

  it('has failed too often itself: that device is locked, other devices of the account are not', async () => {
    const user = await buildUser(app.dataSource);
    const guesser = await signedInBrowser(user);
    const owner = await signedInBrowser(user);
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_DEVICE; i++) {
      expect(await guesser.code(SIGN_IN, { email: user.email, password: `guess-${i}` })).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    }
    expect(await guesser.code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      ErrorCode.RATE_LIMITED,
    );
    expect(await owner.code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      undefined,
    );
    // A device's failures are its own: clients without a cookie are not locked by them.
    expect(await stranger().code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      undefined,
    );
  });
});

describe('a wrong current password in changePassword', () => {
  it('counts as a failed sign-in of the account and is throttled like one', async () => {
    const user = await buildUser(app.dataSource);
    const hijacked = await app.as(user);
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_EMAIL; i++) {
      const wrong = await hijacked.request(CHANGE_PASSWORD, { c: `guess-${i}`, n: 'new-pass-123' });
      expect(wrong.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'currentPassword', message: 'wrong_password' },
      ]);
    }
    // Even the right one now: the guesses are over for this window.
    expect(await hijacked.code(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: 'new-pass-123' })).toBe(
      ErrorCode.RATE_LIMITED,
    );
    expect(await stranger().code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      ErrorCode.RATE_LIMITED,
    );
  });

  it('from a browser with its device cookie counts against that device only', async () => {
    const user = await buildUser(app.dataSource);
    const browser = await signedInBrowser(user);
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_DEVICE; i++) {
      await browser.request(CHANGE_PASSWORD, { c: `guess-${i}`, n: 'new-pass-123' });
    }
    expect(await browser.code(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: 'new-pass-123' })).toBe(
      ErrorCode.RATE_LIMITED,
    );
    expect(await stranger().code(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).toBe(
      undefined,
    );
  });

  it('is forgiven by the right one', async () => {
    const user = await buildUser(app.dataSource);
    const client = await app.as(user);
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_EMAIL - 1; i++) {
      await client.request(CHANGE_PASSWORD, { c: `guess-${i}`, n: 'new-pass-123' });
    }
    expect(await client.ok(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: 'new-pass-123' })).toEqual({
      changePassword: true,
    });
    expect(await client.code(CHANGE_PASSWORD, { c: 'one-more-guess', n: 'new-pass-456' })).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
  });
});
