import crypto from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import { DEVICE_COOKIE_DAYS } from '@spilno/shared';

/**
 * OWASP's device cookie: proof that this browser once signed in as this user. It grants
 * nothing by itself; it only exempts its browser from the account's lockout, which strangers'
 * failures set off.
 */
export const DEVICE_COOKIE = 'spilno_device';
export const DEVICE_COOKIE_MAX_AGE_MS = DEVICE_COOKIE_DAYS * 24 * 3600 * 1000;

/** What a valid device cookie says: whose browser it is, and which one (its nonce). */
export interface DeviceClaim {
  userId: string;
  nonce: string;
}

/** The device cookie carried by a request's Cookie header, if any. */
export function deviceCookieOf(cookieHeader: string | undefined): string | undefined {
  return parseCookies(cookieHeader ?? '')[DEVICE_COOKIE];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NONCE = /^[A-Za-z0-9_-]{22}$/;

/**
 * Issues and checks device cookies `<userId>.<nonce>.<expiry>.<HMAC-SHA256>`. The expiry is
 * inside the signature, so a copied cookie cannot be stretched past its Max-Age.
 */
export class DeviceCookies {
  constructor(private readonly secret: Buffer) {}

  issue(userId: string, now = Date.now()): string {
    const nonce = crypto.randomBytes(16).toString('base64url');
    const payload = `${userId}.${nonce}.${Math.floor((now + DEVICE_COOKIE_MAX_AGE_MS) / 1000)}`;
    return `${payload}.${this.sign(payload)}`;
  }

  /** The claim of a cookie that is well-formed, signed by us and not expired; else null. */
  verify(value: string | undefined, now = Date.now()): DeviceClaim | null {
    if (!value || value.length > 200) return null;
    const [userId = '', nonce = '', expiry = '', signature = '', ...rest] = value.split('.');
    if (rest.length || !UUID.test(userId) || !NONCE.test(nonce) || !/^\d{1,12}$/.test(expiry)) {
      return null;
    }
    const expected = Buffer.from(this.sign(`${userId}.${nonce}.${expiry}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    if (Number(expiry) * 1000 <= now) return null;
    return { userId, nonce };
  }

  private sign(payload: string): string {
    return crypto.createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
