import { EventType } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import {
  FULL_DASHBOARD,
  PORTFOLIO,
  type FullDashboard,
  type PortfolioEntry,
} from './dashboard-documents';
import type { Client } from './graphql';

/**
 * The figures of held events that the dashboard, its indicators and the portfolio show: what
 * the tallies must give, whatever wrote the events.
 */
export interface EventFigures {
  eventsByType: { type: string; count: number }[];
  attendeesBySide: { sideId: string; count: number }[];
  eventsPerQuarter: { quarter: string; type: string; sideId: string | null; count: number }[];
  balance: { sideId: string; eventsOrganised: number; attendeesSent: number }[];
  indicators: { id: string; achieved: number }[];
  eventsHeld: number;
  lastEventAt: string | null;
}

/** The rule of a held event as figures applied it, straight on the events. */
const HELD = `(e.status = 'HELD' AND e."startsAt" <= now())`;

const COUNTED = `e."programmeId" = i."programmeId" AND ${HELD}
  AND (i."actionId" IS NULL OR e."actionId" = i."actionId")
  AND (cardinality(i."eventTypes") = 0 OR e.type = ANY(i."eventTypes"))`;

/** Computed indicators' values as they were computed before the tallies: from every event. */
const INDICATOR_VALUE = `CASE i.source
  WHEN 'EVENTS_HELD' THEN (SELECT count(*) FROM event e WHERE ${COUNTED})
  WHEN 'ATTENDEES' THEN (
    SELECT coalesce(sum(a.count), 0) FROM event e JOIN event_attendance a ON a."eventId" = e.id
     WHERE ${COUNTED} AND (i."sideId" IS NULL OR a."sideId" = i."sideId"))
  WHEN 'ORGANISATIONS' THEN (
    SELECT count(DISTINCT o.id) FROM event e
      CROSS JOIN LATERAL (
        SELECT p."organisationId" AS id FROM partner p WHERE p.id = e."organiserPartnerId"
        UNION SELECT ep."organisationId" FROM event_participant ep WHERE ep."eventId" = e.id
      ) o
     WHERE ${COUNTED})
  END`;

/**
 * The oracle: every figure computed by the statements the app used before the tallies,
 * scanning and aggregating the events and their attendance on each read.
 */
export async function figuresFromEvents(
  ds: DataSource,
  programmeId: string,
): Promise<EventFigures> {
  const byType = await ds.query<{ type: string; count: number }[]>(
    `SELECT e.type, count(*)::int AS count FROM event e
      WHERE e."programmeId" = $1 AND ${HELD} GROUP BY e.type`,
    [programmeId],
  );
  const counts = new Map(byType.map((row) => [row.type, row.count]));
  const attendeesBySide = await ds.query<EventFigures['attendeesBySide']>(
    `SELECT s.id AS "sideId", coalesce(sum(a.count) FILTER (WHERE e.id IS NOT NULL), 0)::int AS count
       FROM programme_side s
       LEFT JOIN event_attendance a ON a."sideId" = s.id
       LEFT JOIN event e ON e.id = a."eventId" AND ${HELD}
      WHERE s."programmeId" = $1
      GROUP BY s.id, s.position ORDER BY s.position`,
    [programmeId],
  );
  const eventsPerQuarter = await ds.query<EventFigures['eventsPerQuarter']>(
    `SELECT to_char(e."startsAt" AT TIME ZONE e."timeZone", 'YYYY-"Q"Q') AS quarter,
            e.type, p."sideId", count(*)::int AS count
       FROM event e LEFT JOIN partner p ON p.id = e."organiserPartnerId"
      WHERE e."programmeId" = $1 AND ${HELD}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [programmeId],
  );
  const balance = await ds.query<EventFigures['balance']>(
    `SELECT s.id AS "sideId",
            (SELECT count(*) FROM event e JOIN partner p ON p.id = e."organiserPartnerId"
              WHERE p."sideId" = s.id AND ${HELD})::int AS "eventsOrganised",
            (SELECT coalesce(sum(a.count), 0) FROM event_attendance a
               JOIN event e ON e.id = a."eventId"
              WHERE a."sideId" = s.id AND ${HELD})::int AS "attendeesSent"
       FROM programme_side s WHERE s."programmeId" = $1 ORDER BY s.position`,
    [programmeId],
  );
  const indicators = await ds.query<{ id: string; achieved: string }[]>(
    `SELECT i.id, coalesce(${INDICATOR_VALUE}, i.achieved) AS achieved FROM indicator i
      WHERE i."programmeId" = $1 ORDER BY i."createdAt", i.name`,
    [programmeId],
  );
  const [portfolio] = await ds.query<{ held: number; last: Date | null }[]>(
    `SELECT count(*)::int AS held, max(e."startsAt") AS last FROM event e
      WHERE e."programmeId" = $1 AND ${HELD}`,
    [programmeId],
  );
  return {
    eventsByType: Object.values(EventType).map((type) => ({ type, count: counts.get(type) ?? 0 })),
    attendeesBySide,
    eventsPerQuarter,
    balance,
    indicators: indicators.map((row) => ({ id: row.id, achieved: Number(row.achieved) })),
    eventsHeld: portfolio?.held ?? 0,
    lastEventAt: portfolio?.last ? new Date(portfolio.last).toISOString() : null,
  };
}

/** The same figures as the app answers them, through its dashboard and portfolio. */
export async function figuresFromApp(client: Client, programmeId: string): Promise<EventFigures> {
  const { programmeDashboard: d } = await client.ok<{ programmeDashboard: FullDashboard }>(
    FULL_DASHBOARD,
    { programmeId },
  );
  const { portfolio } = await client.ok<{ portfolio: PortfolioEntry[] }>(PORTFOLIO);
  const entry = portfolio.find((row) => row.programme.id === programmeId);
  return {
    eventsByType: d.eventsByType,
    attendeesBySide: d.attendeesBySide,
    eventsPerQuarter: d.eventsPerQuarter,
    balance: d.balance.map(({ sideId, eventsOrganised, attendeesSent }) => ({
      sideId,
      eventsOrganised,
      attendeesSent,
    })),
    indicators: d.indicators.map(({ id, achieved }) => ({ id, achieved })),
    eventsHeld: entry?.eventsHeld ?? 0,
    lastEventAt: entry?.lastEventAt ? new Date(entry.lastEventAt).toISOString() : null,
  };
}

const TALLIES = {
  event_tally: '"programmeId", quarter, type, "organiserPartnerId", events',
  event_action_tally: '"programmeId", "actionId", type, events',
  attendance_tally: '"programmeId", "actionId", type, "sideId", attendees::int',
  organisation_tally: '"programmeId", "actionId", type, "organisationId", events',
};

async function tallyRows(ds: DataSource | { query: DataSource['query'] }) {
  const rows: Record<string, unknown[]> = {};
  for (const [table, columns] of Object.entries(TALLIES)) {
    rows[table] = await ds.query(`SELECT ${columns} FROM ${table} ORDER BY ${columns}`);
  }
  return rows;
}

/**
 * The tallies as the triggers left them and as a rebuild from the events makes them, the
 * rebuild undone afterwards: the two must be the same rows.
 */
export async function talliesAndRebuilt(ds: DataSource) {
  const kept = await tallyRows(ds);
  const runner = ds.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query('SELECT event_tallies_rebuild()');
    const rebuilt = await tallyRows(runner);
    return { kept, rebuilt };
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
