import crypto from 'node:crypto';

/**
 * The token of a one-click unsubscribe link: the user's id and an HMAC of it, so the link
 * needs no sign-in and cannot be made for anyone else.
 */
export function unsubscribeToken(secret: Buffer, userId: string): string {
  return `${userId}.${mac(secret, userId)}`;
}

/** The user a token was made for, or null for one that was not made with `secret`. */
export function userOfToken(secret: Buffer, token: string): string | null {
  const [userId, given] = token.split('.');
  if (!userId || !given || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const expected = Buffer.from(mac(secret, userId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual)
    ? userId
    : null;
}

function mac(secret: Buffer, userId: string): string {
  return crypto.createHmac('sha256', secret).update(`unsubscribe:${userId}`).digest('base64url');
}
