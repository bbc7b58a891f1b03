import { EventStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';

/**
 * The SQL condition under which event `alias` counts as held: marked HELD and already
 * started. The service refuses HELD for an event yet to start; figures still ask for both,
 * so a row marked HELD ahead of time (before that rule, or by hand) is not counted as done.
 * Reads of held events themselves (the public page, progress reports, the events an indicator
 * counts) use it; figures over all of a programme's held events read the tally views, which
 * apply the same rule (docs/read-model.md).
 */
export function heldSql(alias: string): string {
  return `(${alias}.status = '${EventStatus.HELD}' AND ${alias}."startsAt" <= now())`;
}

/** Start of the latest held event of each action, one statement for the batch. */
export async function lastHeldAt(
  dataSource: DataSource,
  actionIds: readonly string[],
): Promise<(Date | null)[]> {
  const rows = await dataSource.query<{ actionId: string; at: Date | string }[]>(
    `SELECT e."actionId", max(e."startsAt") AS at FROM event e
      WHERE e."actionId" = ANY($1::uuid[]) AND ${heldSql('e')} GROUP BY e."actionId"`,
    [[...actionIds]],
  );
  const byAction = new Map(rows.map((row) => [row.actionId, new Date(row.at)]));
  return actionIds.map((id) => byAction.get(id) ?? null);
}
