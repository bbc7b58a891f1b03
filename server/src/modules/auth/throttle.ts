import {
  SIGN_IN_MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_MAX_FAILURES_PER_EMAIL,
  SIGN_IN_WINDOW_MINUTES,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { RateLimitedError } from '../../common/errors';

export interface ThrottleKeys {
  email: string;
  ip: string;
}

const keysOf = ({ email, ip }: ThrottleKeys) => [
  { key: `email:${email}`, max: SIGN_IN_MAX_FAILURES_PER_EMAIL },
  { key: `ip:${ip}`, max: SIGN_IN_MAX_FAILURES_PER_ADDRESS },
];

/**
 * Sign-in failures counted per e-mail (known or not) and per client address in a fixed
 * window; reaching the limit locks that key for one window. Counting happens in one
 * atomic upsert, so parallel guesses cannot slip past the limit.
 */
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async assertNotLocked(keys: ThrottleKeys): Promise<void> {
    const rows: { seconds: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM max("lockedUntil") - now()))::int AS seconds
         FROM sign_in_throttle WHERE key = ANY($1) AND "lockedUntil" > now()`,
      [keysOf(keys).map((k) => k.key)],
    );
    const seconds = rows[0]?.seconds;
    if (seconds) throw new RateLimitedError(seconds);
  }

  async recordFailure(keys: ThrottleKeys): Promise<void> {
    for (const { key, max } of keysOf(keys)) {
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

  /** A success forgives the account's failures; the address keeps its count. */
  async reset(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_throttle WHERE key = $1', [`email:${email}`]);
  }
}
