import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEVICE_COOKIE_MAX_AGE_MS, DeviceCookies } from './device-cookie';

const USER = crypto.randomUUID();
const cookies = new DeviceCookies(crypto.randomBytes(32));

describe('DeviceCookies', () => {
  it('issues a cookie naming its user, with a nonce of its own each time', () => {
    const first = cookies.verify(cookies.issue(USER));
    const second = cookies.verify(cookies.issue(USER));
    expect(first).toEqual({ userId: USER, nonce: expect.stringMatching(/^[\w-]{22}$/) });
    expect(second?.nonce).not.toBe(first?.nonce);
  });

  it('holds until its expiry and not a second after', () => {
    const now = Date.now();
    const cookie = cookies.issue(USER, now);
    expect(cookies.verify(cookie, now + DEVICE_COOKIE_MAX_AGE_MS - 1000)).not.toBeNull();
    expect(cookies.verify(cookie, now + DEVICE_COOKIE_MAX_AGE_MS + 1000)).toBeNull();
  });

  it('refuses a cookie signed with another key, or changed in any part', () => {
    const cookie = cookies.issue(USER);
    expect(new DeviceCookies(crypto.randomBytes(32)).verify(cookie)).toBeNull();
    const parts = cookie.split('.');
    for (let i = 0; i < parts.length; i++) {
      const changed = [...parts];
      const part = changed[i] ?? '';
      changed[i] = `${part.slice(0, -1)}${part.endsWith('1') ? '2' : '1'}`;
      expect(cookies.verify(changed.join('.')), `part ${i}`).toBeNull();
    }
    for (const junk of [undefined, '', 'x', `${cookie}.x`, 'a'.repeat(500)]) {
      expect(cookies.verify(junk)).toBeNull();
    }
  });
});
