import { AuditAction, FieldMessage, MAX_SIDES, MIN_SIDES, type PartnerRole } from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import type { Policy } from '../../common/policy';
import { validateInput } from '../../common/validate';
import { conflictFor, updateVersioned } from '../../common/versioned-update';
import { ActionResponsible } from '../action/action-responsible.entity';
import { changedFields, type AuditService } from '../audit/audit.service';
import { Organisation } from '../organisation/organisation.entity';
import type { User } from '../user/user.entity';
import { Partner } from './partner.entity';
import { lockProgramme } from './programme-lock';
import { ProgrammeSide } from './programme-side.entity';
import type { PartnerChangeInput, SideInput } from './programme.inputs';

const PARTNER_AUDITED: (keyof Partner & string)[] = ['organisationId', 'sideId', 'role'];
const SIDE_AUDITED: (keyof ProgrammeSide & string)[] = ['name', 'country'];

/** A programme's sides and the partners sitting on them. */
export class PartnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: AuditService,
  ) {}

  /** A partner sits on the side of its own organisation's country; an organisation joins once. */
  async add(
    actor: User,
    programmeId: string,
    organisationId: string,
    sideId: string,
    role: PartnerRole,
  ): Promise<Partner> {
    await this.policy.editableProgramme(actor, programmeId);
    const organisation = isId(organisationId)
      ? await this.dataSource.getRepository(Organisation).findOneBy({ id: organisationId })
      : null;
    if (!organisation) throw BadInputError.field('organisationId', FieldMessage.UNKNOWN_REFERENCE);
    const side = await this.sideOf(programmeId, sideId, 'sideId');
    if (side.country !== organisation.country)
      throw BadInputError.field('sideId', FieldMessage.SIDE_COUNTRY_MISMATCH);
    if (await this.dataSource.getRepository(Partner).existsBy({ programmeId, organisationId })) {
      throw BadInputError.field('organisationId', FieldMessage.TAKEN);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const partner = await manager.save(
          manager.create(Partner, { programmeId, organisationId, sideId, role }),
        );
        await this.recordPartner(
          manager,
          actor,
          AuditAction.CREATE,
          partner,
          organisation.name,
          changedFields(null, partner, PARTNER_AUDITED),
        );
        return partner;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw BadInputError.field('organisationId', FieldMessage.TAKEN);
      throw error;
    }
  }

  async update(
    actor: User,
    id: string,
    version: number,
    input: PartnerChangeInput,
  ): Promise<Partner> {
    const existing = await this.findPartner(actor, id);
    await validateInput(input);
    const sideId = input.sideId ?? existing.sideId;
    if (sideId !== existing.sideId) {
      const side = await this.sideOf(existing.programmeId, sideId, 'input.sideId');
      const organisation = await this.dataSource
        .getRepository(Organisation)
        .findOneByOrFail({ id: existing.organisationId });
      if (side.country !== organisation.country)
        throw BadInputError.field('input.sideId', FieldMessage.SIDE_COUNTRY_MISMATCH);
    }
    return this.dataSource.transaction(async (manager) => {
      await updateVersioned(manager, Partner, 'Partner', id, version, {
        sideId,
        role: input.role ?? existing.role,
      });
      const updated = await manager.findOneByOrFail(Partner, { id });
      await this.recordPartner(
        manager,
        actor,
        AuditAction.UPDATE,
        updated,
        null,
        changedFields(existing, updated, PARTNER_AUDITED),
      );
      return updated;
    });
  }

  /** Removing a partner still responsible for actions would silently orphan them: refused. */
  async remove(actor: User, id: string, version: number): Promise<boolean> {
    const existing = await this.findPartner(actor, id);
    if (await this.dataSource.getRepository(ActionResponsible).existsBy({ partnerId: id })) {
      throw BadInputError.field('id', FieldMessage.IN_USE);
    }
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(Partner, { id, version });
      if (result.affected !== 1) throw await conflictFor(manager, Partner, 'Partner', id);
      await this.recordPartner(
        manager,
        actor,
        AuditAction.DELETE,
        existing,
        null,
        changedFields(existing, {}, PARTNER_AUDITED),
      );
      return true;
    });
  }

  async addSide(actor: User, programmeId: string, input: SideInput): Promise<ProgrammeSide> {
    await this.policy.editableProgramme(actor, programmeId);
    await validateInput(input);
    return this.dataSource.transaction(async (manager) => {
      // Counted and numbered under the lock: two additions at once would take one position.
      await lockProgramme(manager, programmeId);
      const sides = await manager.findBy(ProgrammeSide, { programmeId });
      if (sides.length >= MAX_SIDES)
        throw BadInputError.field('programmeId', FieldMessage.OUT_OF_RANGE);
      const side = await manager.save(
        manager.create(ProgrammeSide, {
          programmeId,
          name: input.name.trim(),
          country: input.country,
          position: Math.max(-1, ...sides.map((s) => s.position)) + 1,
        }),
      );
      await this.recordSide(
        manager,
        actor,
        AuditAction.CREATE,
        side,
        changedFields(null, side, SIDE_AUDITED),
      );
      return side;
    });
  }

  /** A side's country can change only while no partner of another country sits on it. */
  async updateSide(actor: User, id: string, input: SideInput): Promise<ProgrammeSide> {
    const side = await this.findSide(actor, id);
    await validateInput(input);
    if (input.country !== side.country) {
      const mismatched = await this.dataSource
        .getRepository(Partner)
        .createQueryBuilder('p')
        .innerJoin(Organisation, 'o', 'o.id = p.organisationId')
        .where('p.sideId = :id AND o.country <> :country', { id, country: input.country })
        .getExists();
      if (mismatched)
        throw BadInputError.field('input.country', FieldMessage.SIDE_COUNTRY_MISMATCH);
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.update(
        ProgrammeSide,
        { id },
        { name: input.name.trim(), country: input.country },
      );
      const updated = await manager.findOneByOrFail(ProgrammeSide, { id });
      await this.recordSide(
        manager,
        actor,
        AuditAction.UPDATE,
        updated,
        changedFields(side, updated, SIDE_AUDITED),
      );
      return updated;
    });
  }

  async removeSide(actor: User, id: string): Promise<boolean> {
    const side = await this.findSide(actor, id);
    await this.dataSource.transaction(async (manager) => {
      // Counted under the lock: two removals at once could otherwise leave one side.
      await lockProgramme(manager, side.programmeId);
      const count = await manager.countBy(ProgrammeSide, { programmeId: side.programmeId });
      if (count <= MIN_SIDES) throw BadInputError.field('id', FieldMessage.OUT_OF_RANGE);
      if (await manager.existsBy(Partner, { sideId: id })) {
        throw BadInputError.field('id', FieldMessage.IN_USE);
      }
      await manager.delete(ProgrammeSide, { id });
      await this.recordSide(
        manager,
        actor,
        AuditAction.DELETE,
        side,
        changedFields(side, {}, SIDE_AUDITED),
      );
    });
    return true;
  }

  private async sideOf(programmeId: string, sideId: string, field: string): Promise<ProgrammeSide> {
    const side = isId(sideId)
      ? await this.dataSource.getRepository(ProgrammeSide).findOneBy({ id: sideId, programmeId })
      : null;
    if (!side) throw BadInputError.field(field, FieldMessage.UNKNOWN_REFERENCE);
    return side;
  }

  private async findPartner(actor: User, id: string): Promise<Partner> {
    const partner = isId(id)
      ? await this.dataSource.getRepository(Partner).findOneBy({ id })
      : null;
    if (!partner) throw new NotFoundError('Partner');
    await this.policy.editableProgramme(actor, partner.programmeId);
    return partner;
  }

  private async findSide(actor: User, id: string): Promise<ProgrammeSide> {
    const side = isId(id)
      ? await this.dataSource.getRepository(ProgrammeSide).findOneBy({ id })
      : null;
    if (!side) throw new NotFoundError('Side');
    await this.policy.editableProgramme(actor, side.programmeId);
    return side;
  }

  private recordPartner(
    manager: EntityManager,
    actor: User,
    action: AuditAction,
    partner: Partner,
    summary: string | null,
    changes: ReturnType<typeof changedFields>,
  ) {
    return this.audit.record(manager, {
      actorId: actor.id,
      action,
      entityType: 'Partner',
      entityId: partner.id,
      summary,
      changes,
    });
  }

  private recordSide(
    manager: EntityManager,
    actor: User,
    action: AuditAction,
    side: ProgrammeSide,
    changes: ReturnType<typeof changedFields>,
  ) {
    return this.audit.record(manager, {
      actorId: actor.id,
      action,
      entityType: 'ProgrammeSide',
      entityId: side.id,
      summary: side.name,
      changes,
    });
  }
}
