import {
  SIGN_IN_MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_MAX_FAILURES_PER_DEVICE,
  SIGN_IN_MAX_FAILURES_PER_EMAIL,
  SIGN_IN_WINDOW_MINUTES,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { RateLimitedError } from '../../common/errors';
import type { DeviceClaim } from './device-cookie';

/** One attempt to prove a password: for which account, from where, from which browser. */
export interface SignInAttempt {
  email: string;
  ip: string;
  /** The browser's device cookie, only when it is valid and of this very account. */
  device: DeviceClaim | null;
}

/**
 * The counters an attempt is held to. A browser with a device cookie of the account answers
 * only for itself, so strangers' failures (on the account, or from its address) never lock it
 * out; every other client shares the account's and the address's counters.
 */
function keysOf({ email, ip, device }: SignInAttempt) {
  if (device) return [{ key: `device:${device.nonce}`, max: SIGN_IN_MAX_FAILURES_PER_DEVICE }];
  return [
    { key: `email:${email}`, max: SIGN_IN_MAX_FAILURES_PER_EMAIL },
    { key: `ip:${ip}`, max: SIGN_IN_MAX_FAILURES_PER_ADDRESS },
  ];
}

/**
 * Sign-in failures counted per key in a fixed window; reaching the limit locks that key for
 * one window. Counting happens in one atomic upsert, so parallel guesses cannot slip past
 * the limit.
 */
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async assertNotLocked(attempt: SignInAttempt): Promise<void> {
    const rows: { seconds: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM max("lockedUntil") - now()))::int AS seconds
         FROM sign_in_throttle WHERE key = ANY($1) AND "lockedUntil" > now()`,
      [keysOf(attempt).map((k) => k.key)],
    );
    const seconds = rows[0]?.seconds;
    if (seconds) throw new RateLimitedError(seconds);
  }

  async recordFailure(attempt: SignInAttempt): Promise<void> {
    for (const { key, max } of keysOf(attempt)) {
      await this.dataSource.query(
        `WITH window_ AS (SELECT make_interval(mins => $3) AS span)
         INSERT INTO sign_in_throttle (key, failures, "windowStart", "lockedUntil")
         VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + (SELECT span FROM window_) END)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN sign_in_throttle."windowStart" < now() - (SELECT span FROM window_)
                           THEN 1 ELSE sign_in_throttle.failures + 1 END,
           "windowStart" = CASE WHEN sign_in_throttle."windowStart" < now() - (SELECT span FROM window_)
                           THEN now() ELSE sign_in_throttle."windowStart" END,
           "lockedUntil" = CASE
             WHEN sign_in_throttle."windowStart" >= now() - (SELECT span FROM window_)
                  AND sign_in_throttle.failures + 1 >= $2
             THEN now() + (SELECT span FROM window_) ELSE sign_in_throttle."lockedUntil" END`,
        [key, max, SIGN_IN_WINDOW_MINUTES],
      );
    }
  }

  /**
   * A success forgives the failures of what it was held to: the account's, or the device's.
   * The address keeps its count, and a trusted browser's success does not lift the lock
   * strangers put on the account for everyone else.
   */
  async forgive(attempt: SignInAttempt): Promise<void> {
    const key = attempt.device ? `device:${attempt.device.nonce}` : `email:${attempt.email}`;
    await this.dataSource.query('DELETE FROM sign_in_throttle WHERE key = $1', [key]);
  }
}
