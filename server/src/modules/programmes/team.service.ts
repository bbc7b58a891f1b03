import { AuditAction, FieldMessage, notInFuture, Role, type FieldError } from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { BadInputError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import type { Policy } from './programme-scope';
import { validateInput } from '../../common/validate';
import { changedFields, type AuditService, type AuditRecord } from '../audit/public';
import { Organisation } from '../organisations/public';
import { User } from '../users/public';
import { ProgrammeCoordinator } from './programme-coordinator.entity';
import { lockProgramme } from './programme-lock';
import { ProgrammeSignatory } from './programme-signatory.entity';
import type { SignatoryInput } from './programme.inputs';

const SIGNATORY_AUDITED: (keyof ProgrammeSignatory & string)[] = [
  'person',
  'position',
  'organisationId',
  'signedOn',
];

/** The people of a programme: who signed it and who coordinates it. */
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: AuditService,
  ) {}

  async addSignatory(
    actor: User,
    programmeId: string,
    input: SignatoryInput,
  ): Promise<ProgrammeSignatory> {
    const programme = await this.policy.editableProgramme(actor, programmeId);
    await validateInput(input);
    const errors = signedOnErrors(input.signedOn, programme);
    if (
      input.organisationId &&
      !(await this.dataSource.getRepository(Organisation).existsBy({ id: input.organisationId }))
    ) {
      errors.push({ field: 'input.organisationId', message: FieldMessage.UNKNOWN_REFERENCE });
    }
    throwIfAny(errors);
    return this.dataSource.transaction(async (manager) => {
      const signatory = await manager.save(
        manager.create(ProgrammeSignatory, {
          programmeId,
          person: input.person.trim(),
          position: input.position?.trim() || null,
          organisationId: input.organisationId ?? null,
          signedOn: input.signedOn ?? null,
        }),
      );
      await this.record(manager, actor, {
        action: AuditAction.CREATE,
        entityType: 'ProgrammeSignatory',
        entityId: signatory.id,
        summary: signatory.person,
        changes: changedFields(null, signatory, SIGNATORY_AUDITED),
      });
      return signatory;
    });
  }

  async removeSignatory(actor: User, id: string): Promise<boolean> {
    const signatory = isId(id)
      ? await this.dataSource.getRepository(ProgrammeSignatory).findOneBy({ id })
      : null;
    if (!signatory) throw new NotFoundError('Signatory');
    await this.policy.editableProgramme(actor, signatory.programmeId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ProgrammeSignatory, { id });
      await this.record(manager, actor, {
        action: AuditAction.DELETE,
        entityType: 'ProgrammeSignatory',
        entityId: id,
        summary: signatory.person,
        changes: changedFields(signatory, {}, SIGNATORY_AUDITED),
      });
    });
    return true;
  }

  /** Coordinators are accounts with the COORDINATOR (or ADMIN) role. */
  async addCoordinator(actor: User, programmeId: string, userId: string): Promise<boolean> {
    await this.policy.editableProgramme(actor, programmeId);
    const user = isId(userId)
      ? await this.dataSource.getRepository(User).findOneBy({ id: userId })
      : null;
    if (!user || !user.active || ![Role.COORDINATOR, Role.ADMIN].includes(user.role)) {
      throw BadInputError.field('userId', FieldMessage.UNKNOWN_REFERENCE);
    }
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ProgrammeCoordinator)
        .values({ programmeId, userId })
        .orIgnore()
        .returning(['userId'])
        .execute();
      // Already a coordinator: nothing changed, so nothing goes into the audit log.
      if ((inserted.raw as unknown[]).length === 0) return;
      await this.record(manager, actor, {
        action: AuditAction.CREATE,
        entityType: 'ProgrammeCoordinator',
        entityId: programmeId,
        summary: user.email,
        changes: [{ field: 'userId', before: null, after: userId }],
      });
    });
    return true;
  }

  /** A programme keeps at least one coordinator. */
  async removeCoordinator(actor: User, programmeId: string, userId: string): Promise<boolean> {
    await this.policy.editableProgramme(actor, programmeId);
    if (!isId(userId)) throw BadInputError.field('userId', FieldMessage.UNKNOWN_REFERENCE);
    await this.dataSource.transaction(async (manager) => {
      // Checked under the lock: two coordinators removing each other would leave none.
      await lockProgramme(manager, programmeId);
      const coordinators = await manager.findBy(ProgrammeCoordinator, { programmeId });
      if (!coordinators.some((c) => c.userId === userId))
        throw BadInputError.field('userId', FieldMessage.UNKNOWN_REFERENCE);
      if (coordinators.length <= 1) throw BadInputError.field('userId', FieldMessage.IN_USE);
      await manager.delete(ProgrammeCoordinator, { programmeId, userId });
      await this.record(manager, actor, {
        action: AuditAction.DELETE,
        entityType: 'ProgrammeCoordinator',
        entityId: programmeId,
        summary: null,
        changes: [{ field: 'userId', before: userId, after: null }],
      });
    });
    return true;
  }

  private record(manager: EntityManager, actor: User, entry: Omit<AuditRecord, 'actorId'>) {
    return this.audit.record(manager, { actorId: actor.id, ...entry });
  }
}

/**
 * A signature is a fact: not dated after today. A programme's agreement is signed before or
 * while it runs, often months before its first day, so any day up to its last is consistent
 * with it; a signature after the programme has ended signs nothing.
 */
function signedOnErrors(
  signedOn: string | null | undefined,
  programme: { endsOn: string },
): FieldError[] {
  if (!signedOn) return [];
  if (!notInFuture(signedOn)) return [{ field: 'input.signedOn', message: FieldMessage.IN_FUTURE }];
  return signedOn > programme.endsOn
    ? [{ field: 'input.signedOn', message: FieldMessage.OUTSIDE_PERIOD }]
    : [];
}
