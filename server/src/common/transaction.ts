import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one transaction. Everything inside must use the given manager: a query
 * through another pool connection would deadlock on the embedded database and escape the
 * transaction on a server.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(work);
}
