import { FieldMessage, OrganisationKind } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { endNotBeforeStart, throwIfAny } from '../../common/dates';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import { updateAndReload } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import type { User } from '../users/public';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';

const AUDITED: (keyof Membership & string)[] = ['associationId', 'memberId', 'joinedOn', 'leftOn'];

/** Current members of each association, in one statement (a DataLoader batch). */
export async function memberCounts(
  dataSource: DataSource,
  associationIds: readonly string[],
): Promise<number[]> {
  const rows: { associationId: string; members: number }[] = await dataSource.query(
    `SELECT "associationId", count(DISTINCT "memberId")::int AS members FROM membership
      WHERE "associationId" = ANY($1) AND ("leftOn" IS NULL OR "leftOn" > CURRENT_DATE)
      GROUP BY "associationId"`,
    [associationIds],
  );
  const counts = new Map(rows.map((r) => [r.associationId, r.members]));
  return associationIds.map((id) => counts.get(id) ?? 0);
}

/** Who belongs to an association, since and until when, and how much of its region that covers. */
export class MembershipService {
  private readonly trail: AuditTrail<Membership>;

  constructor(
    private readonly dataSource: DataSource,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: 'Membership',
      fields: AUDITED,
      summary: () => null,
    });
  }

  async add(
    actor: User,
    associationId: string,
    memberId: string,
    joinedOn: string,
  ): Promise<Membership> {
    const association = await this.organisation(associationId, 'associationId');
    if (association.kind !== OrganisationKind.ASSOCIATION)
      throw BadInputError.field('associationId', FieldMessage.NOT_ALLOWED);
    await this.organisation(memberId, 'memberId');
    if (memberId === associationId) throw BadInputError.field('memberId', FieldMessage.NOT_ALLOWED);
    const current = await this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.associationId = :associationId AND m.memberId = :memberId AND m.leftOn IS NULL', {
        associationId,
        memberId,
      })
      .getExists();
    if (current) throw BadInputError.field('memberId', FieldMessage.TAKEN);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const membership = await manager.save(
          manager.create(Membership, { associationId, memberId, joinedOn, leftOn: null }),
        );
        await this.trail.created(manager, actor, membership);
        return membership;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw BadInputError.field('joinedOn', FieldMessage.TAKEN);
      throw error;
    }
  }

  /** Records that a member left; the membership stays in the history. */
  async end(actor: User, id: string, version: number, leftOn: string | null): Promise<Membership> {
    const existing = isId(id)
      ? await this.dataSource.getRepository(Membership).findOneBy({ id })
      : null;
    if (!existing) throw new NotFoundError('Membership');
    if (leftOn) throwIfAny(endNotBeforeStart({ start: existing.joinedOn, end: leftOn }, 'leftOn'));
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, Membership, 'Membership', id, version, {
        leftOn,
      });
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  private async organisation(id: string, field: string): Promise<Organisation> {
    const organisation = isId(id)
      ? await this.dataSource.getRepository(Organisation).findOneBy({ id })
      : null;
    if (!organisation) throw BadInputError.field(field, FieldMessage.UNKNOWN_REFERENCE);
    return organisation;
  }
}
