import { ProgrammeStatus, Role } from '@spilno/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Programme } from '../modules/programme/programme.entity';
import type { User } from '../modules/user/user.entity';
import { ForbiddenError, NotFoundError } from './errors';
import { isId } from './ids';

/**
 * Record scope, in one place: which programmes a user may read and which they may change.
 * Services call it before they validate input, so an out-of-scope caller learns nothing.
 * Readable but not changeable is FORBIDDEN; not readable is NOT_FOUND (existence stays hidden).
 */
export class Policy {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Narrows a programme query (alias `alias`) to what `user` may read. The subqueries use
   * aliases no caller will pick: an inner `p` would shadow the caller's `p` for programme.
   */
  scopeProgrammes(query: SelectQueryBuilder<Programme>, alias: string, user: User) {
    switch (user.role) {
      case Role.ADMIN:
        return query;
      case Role.OBSERVER:
        return query.andWhere(`${alias}.status <> :draft`, { draft: ProgrammeStatus.DRAFT });
      case Role.COORDINATOR:
        return query.andWhere(
          `(${alias}.status <> :draft OR EXISTS (SELECT 1 FROM programme_coordinator scope_pc
             WHERE scope_pc."programmeId" = ${alias}.id AND scope_pc."userId" = :scopeUserId))`,
          { draft: ProgrammeStatus.DRAFT, scopeUserId: user.id },
        );
      case Role.PARTNER:
        return query.andWhere(
          `${alias}.status <> :draft AND EXISTS (SELECT 1 FROM partner scope_partner
             WHERE scope_partner."programmeId" = ${alias}.id
               AND scope_partner."organisationId" = :scopeOrgId)`,
          // A partner without an organisation sees nothing; a nil UUID matches no row.
          { draft: ProgrammeStatus.DRAFT, scopeOrgId: user.organisationId ?? NIL_ID },
        );
    }
  }

  /** The programme if `user` may read it, else NOT_FOUND. */
  async readableProgramme(user: User, id: string): Promise<Programme> {
    if (!isId(id)) throw new NotFoundError('Programme');
    const query = this.dataSource
      .getRepository(Programme)
      .createQueryBuilder('p')
      .where('p.id = :id', { id });
    const programme = await this.scopeProgrammes(query, 'p', user).getOne();
    if (!programme) throw new NotFoundError('Programme');
    return programme;
  }

  /** The programme if `user` may change it: admins, and its own coordinators. */
  async editableProgramme(user: User, id: string): Promise<Programme> {
    return this.coordinatedProgramme(user, id, 'Only the programme’s coordinators may change it');
  }

  /**
   * The programme if `user` is an admin or one of its coordinators, for what only they work
   * through (e.g. the list of missing translations); FORBIDDEN for its other readers.
   */
  async coordinatedProgramme(
    user: User,
    id: string,
    refusal = 'Only the programme’s coordinators may see this',
  ): Promise<Programme> {
    const programme = await this.readableProgramme(user, id);
    if (user.role === Role.ADMIN) return programme;
    if (user.role === Role.COORDINATOR && (await this.coordinates(user.id, programme.id))) {
      return programme;
    }
    throw new ForbiddenError(refusal);
  }

  async coordinates(userId: string, programmeId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM programme_coordinator WHERE "programmeId" = $1 AND "userId" = $2',
      [programmeId, userId],
    );
    return rows.length > 0;
  }
}

const NIL_ID = '00000000-0000-0000-0000-000000000000';
