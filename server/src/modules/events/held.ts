import { EventStatus } from '@spilno/shared';

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
