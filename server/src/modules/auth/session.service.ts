import crypto from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarFeed } from '../calendar/public';
import { User } from '../users/public';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'spilno_session';
/** Touch lastSeenAt at most this often, so reads do not write on every request. */
const TOUCH_AFTER_MS = 60_000;

/** The session token carried by a request's Cookie header, if any. */
export function sessionToken(cookieHeader: string | undefined): string | undefined {
  return parseCookies(cookieHeader ?? '')[SESSION_COOKIE];
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export interface ResolvedSession {
  user: User;
  tokenHash: string;
}

/** Server-side sessions in PostgreSQL: any instance behind a balancer can serve any request. */
export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates a session and returns the token for the cookie (only its hash is stored). */
  async create(manager: EntityManager, userId: string): Promise<string> {
    const token = crypto.randomBytes(32).toString('base64url');
    await manager.insert(Session, { tokenHash: hashToken(token), userId, lastSeenAt: new Date() });
    return token;
  }

  /** The session of a request's Cookie header: how `/graphql` and every route read it. */
  fromCookies(cookieHeader: string | undefined): Promise<ResolvedSession | null> {
    return this.resolve(sessionToken(cookieHeader));
  }

  /** The active user behind a cookie token, or null when missing, expired or deactivated. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const session = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.user', User, 'u', 'u.id = s.userId')
      .where('s.tokenHash = :tokenHash', { tokenHash })
      .andWhere('u.active')
      .andWhere(`s.lastSeenAt > now() - make_interval(mins => :idle)`, {
        idle: SESSION_IDLE_MINUTES,
      })
      .andWhere(`s.createdAt > now() - make_interval(hours => :absolute)`, {
        absolute: SESSION_ABSOLUTE_HOURS,
      })
      .getOne();
    if (!session?.user) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.dataSource
        .getRepository(Session)
        .update({ tokenHash }, { lastSeenAt: new Date() });
    }
    return { user: session.user, tokenHash };
  }

  async end(manager: EntityManager, tokenHash: string): Promise<void> {
    await manager.delete(Session, { tokenHash });
  }

  /** Ends every session of a user, optionally keeping the one in use. */
  async endAllOf(manager: EntityManager, userId: string, keepTokenHash?: string): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where('"userId" = :userId', { userId });
    if (keepTokenHash) query.andWhere('"tokenHash" <> :keepTokenHash', { keepTokenHash });
    await query.execute();
  }

  /**
   * Ends what a user's old credentials or old role handed out: every session (optionally
   * but the one in use) and every secret calendar link, which a calendar app would otherwise
   * keep reading with the rights the user no longer has. A reactivated account starts afresh.
   */
  async revokeAccess(
    manager: EntityManager,
    userId: string,
    keepTokenHash?: string,
  ): Promise<void> {
    await this.endAllOf(manager, userId, keepTokenHash);
    await manager.delete(CalendarFeed, { userId });
  }

  /** Housekeeping: drop sessions that can no longer be used. */
  async purgeExpired(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where(`"lastSeenAt" < now() - make_interval(mins => :idle)`, { idle: SESSION_IDLE_MINUTES })
      .orWhere(`"createdAt" < now() - make_interval(hours => :absolute)`, {
        absolute: SESSION_ABSOLUTE_HOURS,
      })
      .execute();
    return result.affected ?? 0;
  }
}
