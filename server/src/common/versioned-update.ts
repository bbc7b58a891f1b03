import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { ConflictError } from './errors';

/**
 * Applies `changes` only if the row still has the version the client read. A plain save
 * with @VersionColumn would overwrite a concurrent edit; this conditional UPDATE lets exactly
 * one of several writers of the same version win, and the others get CONFLICT, told who
 * changed the record last (from the audit log) so the UI can say so and offer a reload.
 * `label` is the record's audit entity type.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  version: number,
  changes: Partial<T>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => '"version" + 1' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw await conflictFor(manager, entity, label, id);
}

/** The CONFLICT for a record whose version moved on, naming who changed it last. */
export async function conflictFor<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
): Promise<ConflictError> {
  const [current] = await manager
    .getRepository(entity)
    .createQueryBuilder('r')
    .select('r.version', 'version')
    .where('r.id = :id', { id })
    .getRawMany<{ version: number }>();
  const [last] = await manager.query<{ name: string | null }[]>(
    `SELECT u.name FROM audit_entry a LEFT JOIN user_account u ON u.id = a."actorId"
      WHERE a."entityType" = $1 AND a."entityId" = $2 AND a.action IN ('CREATE', 'UPDATE', 'DELETE')
      ORDER BY a.at DESC LIMIT 1`,
    [label, id],
  );
  return new ConflictError(
    label,
    current ? { version: current.version, updatedBy: last?.name ?? null } : undefined,
  );
}

/** updateVersioned, then the record as it is stored now. */
export async function updateAndReload<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  version: number,
  changes: Partial<T>,
): Promise<T> {
  await updateVersioned(manager, entity, label, id, version, changes);
  return manager.findOneByOrFail(entity, { id } as FindOptionsWhere<T>);
}

/** Deletes a record only at the version the client read; otherwise CONFLICT. */
export async function removeVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  version: number,
): Promise<void> {
  const result = await manager.delete(entity, { id, version });
  if (result.affected !== 1) throw await conflictFor(manager, entity, label, id);
}
