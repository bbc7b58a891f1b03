import type { EntityManager } from 'typeorm';

/**
 * Serialises changes that check a programme's rows and then act on the count (sides kept
 * at two or more and numbered in order, at least one coordinator kept). Call it first in the
 * transaction, then read: a concurrent writer waits here and afterwards sees the other's
 * change. NO KEY UPDATE leaves inserts of rows pointing at the programme unblocked.
 */
export async function lockProgramme(manager: EntityManager, programmeId: string): Promise<void> {
  await manager.query('SELECT 1 FROM programme WHERE id = $1 FOR NO KEY UPDATE', [programmeId]);
}
