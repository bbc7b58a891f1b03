import { AuditAction, FieldMessage } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import { validateInput } from '../../common/validate';
import type { AuditService } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { NewPassword, SignInArgs } from './auth.inputs';
import { hashPassword, verifyPassword } from './password';
import type { SessionService } from './session.service';
import { SignInThrottle } from './throttle';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AuthService {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {
    this.throttle = new SignInThrottle(dataSource);
  }

  /**
   * Checks credentials and opens a session. Unknown e-mail, wrong password and a
   * deactivated account answer the same, so the answer reveals no accounts.
   */
  async signIn(
    email: string,
    password: string,
    ip: string,
  ): Promise<{ user: User; token: string }> {
    await validateInput(Object.assign(new SignInArgs(), { email, password }), '');
    const keys = { email: normaliseEmail(email), ip };
    await this.throttle.assertNotLocked(keys);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: keys.email });
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(keys);
      throw new UnauthenticatedError('Wrong e-mail or password');
    }
    await this.throttle.reset(keys.email);
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

  /** Changes one's own password; other sessions end, the current one stays. */
  async changePassword(
    user: User,
    tokenHash: string | null,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const stored = await this.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    if (!(await verifyPassword(stored.passwordHash, currentPassword))) {
      throw BadInputError.field('currentPassword', FieldMessage.WRONG_PASSWORD);
    }
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
