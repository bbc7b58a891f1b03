import type { DataSource, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { NotFoundError } from './errors';
import { isId } from './ids';

/** The record with this id, or NOT_FOUND (a malformed id included: ids are opaque). */
export async function findOrNotFound<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  label: string,
  id: string,
): Promise<T> {
  const record = isId(id)
    ? await dataSource.getRepository(entity).findOneBy({ id } as unknown as FindOptionsWhere<T>)
    : null;
  if (!record) throw new NotFoundError(label);
  return record;
}
