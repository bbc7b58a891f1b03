import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError } from './errors';

/**
 * Applies `changes` only if the row still has the version the client read. A plain save
 * with @VersionColumn would overwrite a concurrent edit; this conditional UPDATE lets exactly
 * one of several writers of the same version win, and the others get CONFLICT.
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
  if (result.affected !== 1) throw new ConflictError(label);
}
