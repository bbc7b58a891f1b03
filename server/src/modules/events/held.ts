import { EventStatus } from '@spilno/shared';

/**
 * The SQL condition under which event `alias` counts as held: marked HELD and already
 * started. The service refuses HELD for an event yet to start; figures still ask for both,
 * so a row marked HELD ahead of time (before that rule, or by hand) is not counted as done.
 * Every figure of held events (indicators, the dashboard, the portfolio, the public page,
 * progress reports) uses it.
 */
export function heldSql(alias: string): string {
  return `(${alias}.status = '${EventStatus.HELD}' AND ${alias}."startsAt" <= now())`;
}
