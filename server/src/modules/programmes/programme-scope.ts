import { ProgrammeStatus, Role } from '@spilno/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import { viewerOf, type Viewer } from '../../common/viewer';
import type { User } from '../users/public';
import { Programme } from './programme.entity';
import { mayEditProgramme } from './programme.policy';

/**
 * Record scope, in one place: which programmes a user may read and which they may change.
 * Services call it before they validate input, so an out-of-scope caller learns nothing.
 * Readable but not changeable is FORBIDDEN; not readable is NOT_FOUND (existence stays hidden).
 */
export class Policy {
  /** The programmes each request's viewer was found to read, for assertReadable. */
  private readonly read = new WeakMap<Viewer, Set<string>>();

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
    this.readIn(user).add(programme.id);
    return programme;
  }

  /**
   * NOT_FOUND unless `user` may read the programme. For fields that hand out a programme's
   * figures: each checks for itself instead of trusting its parent. A programme this
   * request's viewer already read (the root that handed out the figures did) costs nothing.
   */
  async assertReadable(user: User, programmeId: string): Promise<void> {
    if (this.readIn(user).has(programmeId)) return;
    await this.readableProgramme(user, programmeId);
  }

  /** The programmes the request's viewer has been found to read so far. */
  private readIn(user: User): Set<string> {
    const viewer = this.viewer(user);
    let read = this.read.get(viewer);
    if (!read) {
      read = new Set();
      this.read.set(viewer, read);
    }
    return read;
  }

  /** The programme if `user` may change it (see mayEditProgramme), else FORBIDDEN. */
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
    if (await mayEditProgramme(this.viewer(user), programme.id)) return programme;
    throw new ForbiddenError(refusal);
  }

  /** The request's viewer for `user`: the facts every feature's policy decides on. */
  viewer(user: User): Viewer {
    return viewerOf(this.dataSource, user);
  }
}

const NIL_ID = '00000000-0000-0000-0000-000000000000';

// The core services in common/ carry this service without importing this module.
declare module '../../common/module-types' {
  interface ModuleTypes {
    policy: Policy;
  }
}
