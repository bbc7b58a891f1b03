import { FieldMessage, OrganisationKind, todayIso, type FieldError } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import { validateInput } from '../../common/validate';
import { AuditTrail, type AuditService } from '../audit/public';
import type { User } from '../users/public';
import { DeclaredMembers } from './declared-members.entity';
import type { DeclaredMembersInput } from './declared-members.inputs';
import { Organisation } from './organisation.entity';

const AUDITED: (keyof DeclaredMembers & string)[] = [
  'associationId',
  'asOf',
  'count',
  'eligibleCount',
  'statedPercent',
  'source',
];

/** The member counts associations declare, dated, beside the members listed one by one. */
export class DeclaredMembersService {
  private readonly trail: AuditTrail<DeclaredMembers>;

  constructor(
    private readonly dataSource: DataSource,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: 'DeclaredMembers',
      fields: AUDITED,
      summary: (figure) => `${figure.asOf}: ${figure.count}`,
    });
  }

  async declare(
    actor: User,
    associationId: string,
    input: DeclaredMembersInput,
  ): Promise<DeclaredMembers> {
    const association = isId(associationId)
      ? await this.dataSource.getRepository(Organisation).findOneBy({ id: associationId })
      : null;
    if (!association) throw BadInputError.field('associationId', FieldMessage.UNKNOWN_REFERENCE);
    if (association.kind !== OrganisationKind.ASSOCIATION)
      throw BadInputError.field('associationId', FieldMessage.NOT_ALLOWED);
    await validateInput(input);
    throwIfAny(inputErrors(input));
    try {
      return await this.dataSource.transaction(async (manager) => {
        const figure = await manager.save(
          manager.create(DeclaredMembers, {
            associationId,
            asOf: input.asOf,
            count: input.count,
            eligibleCount: input.eligibleCount ?? null,
            statedPercent: input.statedPercent ?? null,
            source: input.source?.trim() || null,
          }),
        );
        await this.trail.created(manager, actor, figure);
        return figure;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw BadInputError.field('input.asOf', FieldMessage.TAKEN);
      throw error;
    }
  }

  async remove(actor: User, id: string): Promise<boolean> {
    const figure = isId(id)
      ? await this.dataSource.getRepository(DeclaredMembers).findOneBy({ id })
      : null;
    if (!figure) throw new NotFoundError('DeclaredMembers');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(DeclaredMembers, { id });
      await this.trail.removed(manager, actor, figure);
    });
    return true;
  }
}

/** Rules across fields, each naming its field. */
function inputErrors(input: DeclaredMembersInput): FieldError[] {
  const errors: FieldError[] = [];
  // A count describes a day that has happened.
  if (input.asOf > todayIso())
    errors.push({ field: 'input.asOf', message: FieldMessage.OUT_OF_RANGE });
  if (input.eligibleCount != null && input.eligibleCount < input.count)
    errors.push({ field: 'input.eligibleCount', message: FieldMessage.OUT_OF_RANGE });
  // One decimal at most, as the percentages it is shown beside (tenths compared with slack,
  // since 96.7 * 10 is not exactly 967 in binary).
  const tenths = (input.statedPercent ?? 0) * 10;
  if (Math.abs(tenths - Math.round(tenths)) > 1e-6)
    errors.push({ field: 'input.statedPercent', message: FieldMessage.INVALID });
  return errors;
}
