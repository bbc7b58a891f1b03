import { AuditAction, FieldMessage } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import { validateInput } from '../../common/validate';
import type { AuditService } from '../audit/public';
import { User } from '../users/public';
import { NewPassword, SignInArgs } from './auth.inputs';
import { hashPassword, verifyPassword } from './password';
import type { DeviceCookies } from './device-cookie';
import type { SessionService } from './session.service';
import { SignInThrottle, type SignInAttempt } from './throttle';

/** The browser a password arrives from: its address and its device cookie, if it sent one. */
export interface SignInClient {
  ip: string;
  deviceCookie: string | undefined;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AuthService {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly devices: DeviceCookies,
  ) {
    this.throttle = new SignInThrottle(dataSource);
  }

  /** The attempt a password check of `user` (null: no such account) from `client` is. */
  private attempt(email: string, user: User | null, client: SignInClient): SignInAttempt {
    const claim = this.devices.verify(client.deviceCookie);
    // A forged cookie, or one of another account, earns nothing: the account's counters apply.
    const device = claim && user && claim.userId === user.id ? claim : null;
    return { email, ip: client.ip, device };
  }

  /**
   * Checks credentials and opens a session; the answer carries a fresh device cookie for the
   * browser too. Unknown e-mail, wrong password and a deactivated account answer the same, so
   * the answer reveals no accounts.
   */
  async signIn(
    email: string,
    password: string,
    client: SignInClient,
  ): Promise<{ user: User; token: string; deviceCookie: string }> {
    await validateInput(Object.assign(new SignInArgs(), { email, password }), '');
    const address = normaliseEmail(email);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: address });
    const attempt = this.attempt(address, user, client);
    await this.throttle.assertNotLocked(attempt);
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(attempt);
      throw new UnauthenticatedError('Wrong e-mail or password');
    }
    await this.throttle.forgive(attempt);
    const session = await this.openSession(user);
    return { ...session, deviceCookie: this.devices.issue(user.id) };
  }

  private openSession(user: User): Promise<{ user: User; token: string }> {
    return this.dataSource.transaction(async (manager) => {
      const token = await this.sessions.create(manager, user.id);
      user.lastSignInAt = new Date();
      // Plain SQL: an entity update would bump `version` and `updatedAt`, and a sign-in is not
      // an edit; an admin saving the account they just read must not get CONFLICT for it.
      await manager.query('UPDATE user_account SET "lastSignInAt" = $2 WHERE id = $1', [
        user.id,
        user.lastSignInAt,
      ]);
      await this.audit.record(manager, {
        actorId: user.id,
        action: AuditAction.SIGN_IN,
        entityType: 'User',
        entityId: user.id,
        summary: user.email,
      });
      return { user, token };
    });
  }

  async signOut(user: User, tokenHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, tokenHash);
      await this.audit.record(manager, {
        actorId: user.id,
        action: AuditAction.SIGN_OUT,
        entityType: 'User',
        entityId: user.id,
        summary: user.email,
      });
    });
  }

  /**
   * Changes one's own password; other sessions and calendar links end, the current session
   * stays. A wrong current password is a failed sign-in: whoever holds a stolen session must
   * not get to guess the password here without limit.
   */
  async changePassword(
    user: User,
    tokenHash: string | null,
    passwords: { currentPassword: string; newPassword: string },
    client: SignInClient,
  ): Promise<void> {
    const { currentPassword, newPassword } = passwords;
    const stored = await this.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    const attempt = this.attempt(stored.email, stored, client);
    await this.throttle.assertNotLocked(attempt);
    if (!(await verifyPassword(stored.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(attempt);
      throw BadInputError.field('currentPassword', FieldMessage.WRONG_PASSWORD);
    }
    await this.throttle.forgive(attempt);
    await validateInput(Object.assign(new NewPassword(), { newPassword }), '');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.sessions.revokeAccess(manager, user.id, tokenHash ?? undefined);
      await this.audit.record(manager, {
        actorId: user.id,
        action: AuditAction.UPDATE,
        entityType: 'User',
        entityId: user.id,
        summary: user.email,
        changes: [{ field: 'password', before: null, after: null }],
      });
    });
  }
}
