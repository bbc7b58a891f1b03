import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import type { ScopeService } from '../../common/module-types';
import { User } from '../users/public';
import type { Audience, Notice } from './notice';

/** Whether `user` may read the record with this id; each module registers one for its records. */
export type ReaderCheck = (user: User, id: string) => Promise<boolean>;

/** The reader check of a module's `readable(user, id)`: NOT_FOUND means it may not be read. */
export function readerOf(readable: (user: User, id: string) => Promise<unknown>): ReaderCheck {
  return (user, id) =>
    readable(user, id).then(
      () => true,
      (error: unknown) => {
        if (error instanceof NotFoundError) return false;
        throw error;
      },
    );
}

async function audienceIds(manager: EntityManager, audience: Audience): Promise<string[]> {
  const rows =
    'coordinatorsOf' in audience
      ? await manager.query<{ id: string }[]>(
          `SELECT pc."userId" AS id FROM programme_coordinator pc WHERE pc."programmeId" = $1`,
          [audience.coordinatorsOf],
        )
      : await manager.query<{ id: string }[]>(
          `SELECT id FROM user_account WHERE "organisationId" = ANY($1::uuid[])`,
          [audience.organisations],
        );
  return rows.map((row) => row.id);
}

/**
 * Who is told of a notice: its audience, active, not the one who acted, and only those the
 * policy layer lets read the programme and the record — the same checks their own requests
 * would meet, so a notification never shows what its reader could not open.
 */
export async function recipientsOf(
  manager: EntityManager,
  policy: ScopeService,
  readers: ReadonlyMap<string, ReaderCheck>,
  notice: Notice,
): Promise<User[]> {
  const ids = new Set<string>();
  for (const audience of notice.audience) {
    for (const id of await audienceIds(manager, audience)) ids.add(id);
  }
  if (notice.actorId) ids.delete(notice.actorId);
  if (ids.size === 0) return [];
  const users = await manager
    .getRepository(User)
    .createQueryBuilder('u')
    .where('u.id = ANY(:ids)', { ids: [...ids] })
    .andWhere('u.active')
    .orderBy('u.id')
    .getMany();
  const reader = readers.get(notice.record.type);
  const told: User[] = [];
  for (const user of users) {
    if (notice.programmeId) {
      const readsProgramme = await policy.readableProgramme(user, notice.programmeId).then(
        () => true,
        (error: unknown) => {
          if (error instanceof NotFoundError) return false;
          throw error;
        },
      );
      if (!readsProgramme) continue;
    }
    if (reader && !(await reader(user, notice.record.id))) continue;
    told.push(user);
  }
  return told;
}
