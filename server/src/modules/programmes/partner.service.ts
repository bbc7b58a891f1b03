import { FieldMessage, MAX_SIDES, MIN_SIDES, PARTNERS_MAX, type PartnerRole } from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import type { Policy } from './programme-scope';
import { validateInput } from '../../common/validate';
import { removeVersioned, updateAndReload } from '../../common/versioned-update';
import { ActionResponsible } from '../action-plan/public';
import { EventAttendance, Event } from '../events/public';
import { AuditTrail, type AuditService } from '../audit/public';
import { Organisation } from '../organisations/public';
import type { User } from '../users/public';
import { Partner } from './partner.entity';
import { lockProgramme } from './programme-lock';
import { ProgrammeSide } from './programme-side.entity';
import type { PartnerChangeInput, SideInput } from './programme.inputs';
import { ProgressReport } from '../progress-reports/public';

const PARTNER_AUDITED: (keyof Partner & string)[] = ['organisationId', 'sideId', 'role'];
const SIDE_AUDITED: (keyof ProgrammeSide & string)[] = ['name', 'country'];

/** A programme's sides and the partners sitting on them. */
export class PartnerService {
  private readonly partnerTrail: AuditTrail<Partner>;
  private readonly sideTrail: AuditTrail<ProgrammeSide>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    audit: AuditService,
  ) {
    this.partnerTrail = new AuditTrail(audit, {
      entityType: 'Partner',
      fields: PARTNER_AUDITED,
      summary: () => null,
    });
    this.sideTrail = new AuditTrail(audit, {
      entityType: 'ProgrammeSide',
      fields: SIDE_AUDITED,
      summary: (side) => side.name,
    });
  }

  /**
   * A partner sits on the side of its own organisation's country; an organisation joins once,
   * and a programme has at most PARTNERS_MAX partners (its grids show every one).
   * Checked under the programme's lock, as updateSide is: a side's country changed meanwhile
   * would otherwise seat the partner on a side of another country.
   */
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
    try {
      return await this.dataSource.transaction(async (manager) => {
        await lockProgramme(manager, programmeId);
        const side = await sideOf(manager, programmeId, sideId, 'sideId');
        if (side.country !== organisation.country)
          throw BadInputError.field('sideId', FieldMessage.SIDE_COUNTRY_MISMATCH);
        if (await manager.existsBy(Partner, { programmeId, organisationId })) {
          throw BadInputError.field('organisationId', FieldMessage.TAKEN);
        }
        if ((await manager.countBy(Partner, { programmeId })) >= PARTNERS_MAX) {
          throw BadInputError.field('programmeId', FieldMessage.TOO_MANY);
        }
        const partner = await manager.save(
          manager.create(Partner, { programmeId, organisationId, sideId, role }),
        );
        await this.partnerTrail.created(manager, actor, partner);
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
    return this.dataSource.transaction(async (manager) => {
      // Under the programme's lock, like updateSide, so the side keeps the country checked.
      await lockProgramme(manager, existing.programmeId);
      if (sideId !== existing.sideId) {
        const side = await sideOf(manager, existing.programmeId, sideId, 'input.sideId');
        const organisation = await manager.findOneByOrFail(Organisation, {
          id: existing.organisationId,
        });
        if (side.country !== organisation.country)
          throw BadInputError.field('input.sideId', FieldMessage.SIDE_COUNTRY_MISMATCH);
      }
      const updated = await updateAndReload(manager, Partner, 'Partner', id, version, {
        sideId,
        role: input.role ?? existing.role,
      });
      await this.partnerTrail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  /**
   * Removing a partner still responsible for actions, organising events or with progress
   * reports would silently orphan them (or lose what it reported): refused.
   */
  async remove(actor: User, id: string, version: number): Promise<boolean> {
    const existing = await this.findPartner(actor, id);
    if (
      (await this.dataSource.getRepository(ActionResponsible).existsBy({ partnerId: id })) ||
      (await this.dataSource.getRepository(Event).existsBy({ organiserPartnerId: id })) ||
      (await this.dataSource.getRepository(ProgressReport).existsBy({ partnerId: id }))
    ) {
      throw BadInputError.field('id', FieldMessage.IN_USE);
    }
    return this.dataSource.transaction(async (manager) => {
      await removeVersioned(manager, Partner, 'Partner', id, version);
      await this.partnerTrail.removed(manager, actor, existing);
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
      await this.sideTrail.created(manager, actor, side);
      return side;
    });
  }

  /**
   * A side's country can change only while no partner of another country sits on it: checked
   * under the programme's lock, which adding or moving a partner takes too, so neither can
   * slip a partner of the old country in between the check and the change.
   */
  async updateSide(actor: User, id: string, input: SideInput): Promise<ProgrammeSide> {
    const side = await this.findSide(actor, id);
    await validateInput(input);
    return this.dataSource.transaction(async (manager) => {
      await lockProgramme(manager, side.programmeId);
      if (input.country !== side.country) {
        const mismatched = await manager
          .getRepository(Partner)
          .createQueryBuilder('p')
          .innerJoin(Organisation, 'o', 'o.id = p.organisationId')
          .where('p.sideId = :id AND o.country <> :country', { id, country: input.country })
          .getExists();
        if (mismatched)
          throw BadInputError.field('input.country', FieldMessage.SIDE_COUNTRY_MISMATCH);
      }
      await manager.update(
        ProgrammeSide,
        { id },
        { name: input.name.trim(), country: input.country },
      );
      const updated = await manager.findOneByOrFail(ProgrammeSide, { id });
      await this.sideTrail.updated(manager, actor, side, updated);
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
      if (
        (await manager.existsBy(Partner, { sideId: id })) ||
        (await manager.existsBy(EventAttendance, { sideId: id }))
      ) {
        throw BadInputError.field('id', FieldMessage.IN_USE);
      }
      await manager.delete(ProgrammeSide, { id });
      await this.sideTrail.removed(manager, actor, side);
    });
    return true;
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
}

/** The side `sideId` of the programme, read in the caller's transaction, else bad input. */
async function sideOf(
  manager: EntityManager,
  programmeId: string,
  sideId: string,
  field: string,
): Promise<ProgrammeSide> {
  const side = isId(sideId)
    ? await manager.findOneBy(ProgrammeSide, { id: sideId, programmeId })
    : null;
  if (!side) throw BadInputError.field(field, FieldMessage.UNKNOWN_REFERENCE);
  return side;
}
