import { IndicatorSource, TwinningStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { heldSql } from '../events/public';

/**
 * The held events an indicator counts: of its programme, of its action when it has one,
 * and of its event types when it names any. `i` is the indicator, `e` the event.
 */
const COUNTED = `e."programmeId" = i."programmeId" AND ${heldSql('e')}
  AND (i."actionId" IS NULL OR e."actionId" = i."actionId")
  AND (cardinality(i."eventTypes") = 0 OR e.type = ANY(i."eventTypes"))`;

/**
 * The twinning relations indicator `i` counts: grown in its programme, in its status (ACTIVE
 * unless it names another), of its kinds when it names any. `r` is the relation.
 */
const TWINNING = `(SELECT count(*) FROM twinning_relation r
   WHERE r."programmeId" = i."programmeId"
     AND r.status = coalesce(i."twinningStatus", '${TwinningStatus.ACTIVE}')
     AND (cardinality(i."twinningKinds") = 0 OR r.kind = ANY(i."twinningKinds")))`;

/**
 * The tally rows `t` of indicator `i`'s held events: of its programme, of its action when it
 * has one, of its event types when it names any (docs/read-model.md).
 */
const TALLIED = `t."programmeId" = i."programmeId"
  AND (i."actionId" IS NULL OR t."actionId" = i."actionId")
  AND (cardinality(i."eventTypes") = 0 OR t.type = ANY(i."eventTypes"))`;

/** The whole value of each source, read from the tallies: rows bounded by actions and types. */
const WHOLE = {
  events: `(SELECT coalesce(sum(t.events), 0) FROM held_event_action_tally t WHERE ${TALLIED})`,
  attendees: `(SELECT coalesce(sum(t.attendees), 0)::bigint FROM held_attendance_tally t
      WHERE ${TALLIED} AND (i."sideId" IS NULL OR t."sideId" = i."sideId"))`,
  organisations: `(SELECT count(*) FROM (
      SELECT t."organisationId" FROM held_organisation_tally t WHERE ${TALLIED}
       GROUP BY t."organisationId" HAVING sum(t.events) > 0) o)`,
};

/** The value of each source over the events that meet `counted`, read from the events. */
function partial(counted: string) {
  return {
    events: `(SELECT count(*) FROM event e WHERE ${counted})`,
    attendees: `(SELECT coalesce(sum(a.count), 0) FROM event e
        JOIN event_attendance a ON a."eventId" = e.id
       WHERE ${counted} AND (i."sideId" IS NULL OR a."sideId" = i."sideId"))`,
    organisations: `(SELECT count(DISTINCT o.id) FROM event e
        CROSS JOIN LATERAL (
          SELECT p."organisationId" AS id FROM partner p WHERE p.id = e."organiserPartnerId"
          UNION SELECT ep."organisationId" FROM event_participant ep WHERE ep."eventId" = e.id
        ) o
       WHERE ${counted})`,
  };
}

/**
 * The achieved value of computed indicator `i` as an SQL expression (null for ENTERED ones),
 * over the events that also meet `eventFilter` (a condition on `e`, e.g. one organiser's
 * events of one period), so a partial value is computed the same way as the whole. The whole
 * value comes from the tallies, whatever the number of events; a partial one from the events
 * it covers. Twinning relations are no events: with a filter, their part is null, like an
 * entered value's.
 */
export function computedValueSql(eventFilter = 'TRUE'): string {
  const whole = eventFilter === 'TRUE';
  const value = whole ? WHOLE : partial(`${COUNTED} AND (${eventFilter})`);
  return `CASE i.source
       WHEN '${IndicatorSource.TWINNING_RELATIONS}' THEN ${whole ? TWINNING : 'NULL'}
       WHEN '${IndicatorSource.EVENTS_HELD}' THEN ${value.events}
       WHEN '${IndicatorSource.ATTENDEES}' THEN ${value.attendees}
       WHEN '${IndicatorSource.ORGANISATIONS}' THEN ${value.organisations}
     END`;
}

/** Achieved values of computed indicators, one statement for the whole batch. */
export async function computedValues(
  dataSource: DataSource,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const rows = await dataSource.query<{ id: string; value: string | null }[]>(
    `SELECT i.id, ${computedValueSql()} AS value
     FROM indicator i WHERE i.id = ANY($1::uuid[])`,
    [[...ids]],
  );
  return new Map(rows.map((row) => [row.id, Number(row.value ?? 0)]));
}

/**
 * Ids of the first `limit` events each event-based indicator counts, by start, one statement
 * for all: a lateral read per indicator that stops at `limit`, however many it counts.
 */
export async function countedEventIds(
  dataSource: DataSource,
  ids: readonly string[],
  limit: number,
): Promise<string[][]> {
  const rows = await dataSource.query<{ indicatorId: string; eventId: string }[]>(
    `SELECT i.id AS "indicatorId", c.id AS "eventId"
       FROM indicator i CROSS JOIN LATERAL (
         SELECT e.id, e."startsAt" FROM event e
          WHERE ${COUNTED}
            AND (i.source <> '${IndicatorSource.ATTENDEES}' OR i."sideId" IS NULL OR EXISTS (
              SELECT 1 FROM event_attendance a WHERE a."eventId" = e.id AND a."sideId" = i."sideId"))
          ORDER BY e."startsAt", e.id
          LIMIT $2) c
      WHERE i.id = ANY($1::uuid[])
        AND i.source NOT IN ('${IndicatorSource.ENTERED}', '${IndicatorSource.TWINNING_RELATIONS}')
      ORDER BY i.id, c."startsAt", c.id`,
    [[...ids], limit],
  );
  const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.indicatorId)?.push(row.eventId);
  return ids.map((id) => groups.get(id) ?? []);
}
