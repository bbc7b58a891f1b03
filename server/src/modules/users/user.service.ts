import { AuditAction, FieldMessage, Role } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ForbiddenError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import { pageWindow, type Page } from '../../common/pagination';
import { validateInput } from '../../common/validate';
import { updateVersioned } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import { normaliseEmail, hashPassword, NewPassword, type SessionService } from '../auth/public';
import { Organisation, anyCasePattern } from '../organisations/public';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './user.inputs';

const AUDITED: (keyof User & string)[] = ['email', 'name', 'role', 'organisationId', 'active'];

/** Account administration: only admins reach these (see the resolver's @Authorized). */
export class UserService {
  private readonly trail: AuditTrail<User>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: 'User',
      fields: AUDITED,
      summary: (user) => user.email,
    });
  }

  async list(args: UsersArgs): Promise<Page<User>> {
    await validateInput(args, '');
    const { take, skip } = pageWindow(args);
    const query = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (args.search?.trim()) {
      query.andWhere('(u.name ~ :search OR u.email ~ :search)', {
        search: anyCasePattern(args.search.trim()),
      });
    }
    if (args.role) query.andWhere('u.role = :role', { role: args.role });
    const [items, total] = await query
      .orderBy('u.name')
      .addOrderBy('u.id')
      .take(take)
      .skip(skip)
      .getManyAndCount();
    return { items, total };
  }

  async create(actor: User, input: CreateUserInput): Promise<User> {
    await validateInput(input);
    const email = normaliseEmail(input.email);
    await this.checkOrganisation(input.role, input.organisationId ?? null);
    if (await this.dataSource.getRepository(User).existsBy({ email })) {
      throw BadInputError.field('input.email', FieldMessage.TAKEN);
    }
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = manager.create(User, {
          email,
          name: input.name.trim(),
          role: input.role,
          organisationId: input.organisationId ?? null,
          passwordHash,
          active: true,
        });
        await manager.save(user);
        await this.trail.created(manager, actor, user);
        return user;
      });
    } catch (error) {
      // Another request took the address between the check above and this insert.
      if (isUniqueViolation(error)) throw BadInputError.field('input.email', FieldMessage.TAKEN);
      throw error;
    }
  }

  async update(actor: User, id: string, version: number, input: UpdateUserInput): Promise<User> {
    const existing = await this.find(id);
    await validateInput(input);
    const next = {
      name: input.name?.trim() ?? existing.name,
      role: input.role ?? existing.role,
      organisationId:
        input.organisationId === undefined ? existing.organisationId : input.organisationId,
    };
    if (existing.id === actor.id && next.role !== existing.role) {
      throw new ForbiddenError('You cannot change your own role');
    }
    await this.checkOrganisation(next.role, next.organisationId);
    return this.change(actor, existing, version, next, next.role !== existing.role);
  }

  async setActive(actor: User, id: string, version: number, active: boolean): Promise<User> {
    const existing = await this.find(id);
    if (existing.id === actor.id && !active) {
      throw new ForbiddenError('You cannot deactivate yourself');
    }
    return this.change(actor, existing, version, { active }, !active);
  }

  async resetPassword(actor: User, id: string, newPassword: string): Promise<User> {
    const existing = await this.find(id);
    await validateInput(Object.assign(new NewPassword(), { newPassword }), '');
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id }, { passwordHash });
      // Whoever knew the old password must not stay signed in, nor keep a calendar link.
      await this.sessions.revokeAccess(manager, id);
      await this.trail.write(manager, actor, AuditAction.UPDATE, existing, [
        { field: 'password', before: null, after: null },
      ]);
      return manager.findOneByOrFail(User, { id });
    });
  }

  private async change(
    actor: User,
    existing: User,
    version: number,
    changes: Partial<User>,
    endSessions: boolean,
  ): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      await updateVersioned(manager, User, 'User', existing.id, version, changes);
      if (endSessions) await this.sessions.revokeAccess(manager, existing.id);
      const updated = await manager.findOneByOrFail(User, { id: existing.id });
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  private async find(id: string): Promise<User> {
    const user = isId(id) ? await this.dataSource.getRepository(User).findOneBy({ id }) : null;
    if (!user) throw new NotFoundError('User');
    return user;
  }

  private async checkOrganisation(role: Role, organisationId: string | null): Promise<void> {
    if (role === Role.PARTNER && !organisationId) {
      throw BadInputError.field('input.organisationId', FieldMessage.REQUIRED);
    }
    if (
      organisationId &&
      !(await this.dataSource.getRepository(Organisation).existsBy({ id: organisationId }))
    ) {
      throw BadInputError.field('input.organisationId', FieldMessage.UNKNOWN_REFERENCE);
    }
  }
}
