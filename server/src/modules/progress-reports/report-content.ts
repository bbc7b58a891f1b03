import { ActionStatus, type EventType, type IndicatorSource } from '@spilno/shared';
import type { EntityManager } from 'typeorm';
import { computedValueSql } from '../indicators/public';
import { heldSql } from '../events/public';
import type {
  ReportAction,
  ReportContent,
  ReportEvent,
  ReportIndicator,
  ReportSideCount,
} from './report-content.types';

/** What the content of a report depends on: whose it is and which days it covers. */
export interface ContentKey {
  /** Any key unique within the batch, normally the report's id. */
  key: string;
  programmeId: string;
  partnerId: string;
  periodStart: string;
  periodEnd: string;
}

/** The content key of a stored report. */
export function contentKey(report: {
  id: string;
  programmeId: string;
  partnerId: string;
  periodStart: string;
  periodEnd: string;
}): ContentKey {
  const { id, programmeId, partnerId, periodStart, periodEnd } = report;
  return { key: id, programmeId, partnerId, periodStart, periodEnd };
}

/**
 * The reports of the batch as a table `rr` (key, programme, partner, first and last day),
 * so each part of the content is one statement however many reports are asked for.
 */
const REPORTS = `unnest($1::text[], $2::uuid[], $3::uuid[], $4::date[], $5::date[])
  AS rr(key, "programmeId", "partnerId", "periodStart", "periodEnd")`;

/**
 * An event is held in a period when its local start date, where it is held, falls within
 * the period: a round table on the evening of 30 June in Kyiv belongs to the first half-year
 * though it is already 1 July in UTC further east.
 */
const EVENT_IN_PERIOD = `e."organiserPartnerId" = rr."partnerId" AND ${heldSql('e')}
  AND (e."startsAt" AT TIME ZONE e."timeZone")::date BETWEEN rr."periodStart" AND rr."periodEnd"`;

/**
 * Progress notes carry no zone of their own; a period's days are taken as UTC days, the
 * way overdue and today are reckoned elsewhere.
 */
const NOTE_IN_PERIOD = `n.at >= rr."periodStart"::timestamp AT TIME ZONE 'UTC'
  AND n.at < (rr."periodEnd" + 1)::timestamp AT TIME ZONE 'UTC'`;

function params(keys: readonly ContentKey[]): unknown[] {
  return [
    keys.map((k) => k.key),
    keys.map((k) => k.programmeId),
    keys.map((k) => k.partnerId),
    keys.map((k) => k.periodStart),
    keys.map((k) => k.periodEnd),
  ];
}

function group<T extends { key: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.key) ?? [];
    list.push(row);
    groups.set(row.key, list);
  }
  return groups;
}

const byCode = (a: ReportAction, b: ReportAction) =>
  a.code.localeCompare(b.code, undefined, { numeric: true });

/**
 * The live content of each report in `keys`, in four statements for the whole batch
 * (sides, action progress, events with their attendance, indicators).
 */
export async function computeContents(
  manager: Pick<EntityManager, 'query'>,
  keys: readonly ContentKey[],
): Promise<Map<string, ReportContent>> {
  const result = new Map<string, ReportContent>();
  if (keys.length === 0) return result;
  const args = params(keys);
  // One after another: inside a transaction they share one connection.
  const sides = await manager.query<{ key: string; sideId: string; sideName: string }[]>(
    `SELECT rr.key, s.id AS "sideId", s.name AS "sideName" FROM ${REPORTS}
         JOIN programme_side s ON s."programmeId" = rr."programmeId"
        ORDER BY rr.key, s.position`,
    args,
  );
  const notes = await manager.query<NoteRow[]>(
    `SELECT rr.key, a.id AS "actionId", a.code, a.title, n.at, n."fromProgress",
              n."toProgress", n."fromStatus", n."toStatus", n.note
         FROM ${REPORTS}
         JOIN action_responsible ar ON ar."partnerId" = rr."partnerId"
         JOIN action a ON a.id = ar."actionId"
         JOIN action_progress_note n ON n."actionId" = a.id AND ${NOTE_IN_PERIOD}
        ORDER BY rr.key, n.at, n.id`,
    args,
  );
  const events = await manager.query<EventRow[]>(
    `SELECT rr.key, e.id AS "eventId", e.type, e.title, e."startsAt", e."endsAt",
              e."timeZone", e.venue, e.outcomes,
              coalesce((SELECT json_agg(json_build_object(
                         'sideId', a."sideId", 'sideName', s.name, 'count', a.count)
                         ORDER BY s.position)
                  FROM event_attendance a JOIN programme_side s ON s.id = a."sideId"
                 WHERE a."eventId" = e.id), '[]'::json) AS attendees
         FROM ${REPORTS} JOIN event e ON ${EVENT_IN_PERIOD}
        ORDER BY rr.key, e."startsAt", e.id`,
    args,
  );
  const indicators = await manager.query<IndicatorRow[]>(
    `SELECT rr.key, i.id AS "indicatorId", i.name, i.unit, i.target, i.source,
              coalesce(${computedValueSql()}, i.achieved) AS achieved,
              ${computedValueSql(EVENT_IN_PERIOD)} AS "inPeriod"
         FROM ${REPORTS} JOIN indicator i ON i."programmeId" = rr."programmeId"
        ORDER BY rr.key, i."createdAt", i.id`,
    args,
  );
  const sidesOf = group(sides);
  const notesOf = group(notes);
  const eventsOf = group(events);
  const indicatorsOf = group(indicators);
  for (const { key } of keys) {
    const reportEvents = (eventsOf.get(key) ?? []).map(toEvent);
    result.set(key, {
      actions: toActions(notesOf.get(key) ?? []),
      events: reportEvents,
      attendeesBySide: totalsBySide(sidesOf.get(key) ?? [], reportEvents),
      indicators: (indicatorsOf.get(key) ?? []).map(toIndicator),
      frozenAt: null,
    });
  }
  return result;
}

interface NoteRow {
  key: string;
  actionId: string;
  code: string;
  title: string;
  at: Date;
  fromProgress: number;
  toProgress: number;
  fromStatus: ActionStatus;
  toStatus: ActionStatus;
  note: string | null;
}

/** The notes of one report, oldest first, as one entry per action. */
function toActions(rows: NoteRow[]): ReportAction[] {
  const actions = new Map<string, ReportAction>();
  for (const row of rows) {
    const note = { at: row.at, progress: row.toProgress, status: row.toStatus, note: row.note };
    const action = actions.get(row.actionId);
    if (action) {
      action.toProgress = row.toProgress;
      action.toStatus = row.toStatus;
      action.notes.push(note);
      continue;
    }
    actions.set(row.actionId, {
      actionId: row.actionId,
      code: row.code,
      title: row.title,
      fromProgress: row.fromProgress,
      toProgress: row.toProgress,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      notes: [note],
    });
  }
  return [...actions.values()].sort(byCode);
}

interface EventRow {
  key: string;
  eventId: string;
  type: EventType;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  outcomes: string | null;
  attendees: ReportSideCount[];
}

function toEvent(row: EventRow): ReportEvent {
  return {
    eventId: row.eventId,
    type: row.type,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    venue: row.venue,
    outcomes: row.outcomes,
    attendees: row.attendees,
    totalAttendees: row.attendees.reduce((sum, side) => sum + side.count, 0),
  };
}

/** Every side of the programme, with the attendees it sent to the report's events. */
function totalsBySide(
  sides: { sideId: string; sideName: string }[],
  events: ReportEvent[],
): ReportSideCount[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const side of event.attendees) {
      counts.set(side.sideId, (counts.get(side.sideId) ?? 0) + side.count);
    }
  }
  return sides.map((side) => ({ ...side, count: counts.get(side.sideId) ?? 0 }));
}

interface IndicatorRow {
  key: string;
  indicatorId: string;
  name: string;
  unit: string;
  target: string;
  source: IndicatorSource;
  achieved: string;
  inPeriod: string | null;
}

function toIndicator(row: IndicatorRow): ReportIndicator {
  return {
    indicatorId: row.indicatorId,
    name: row.name,
    unit: row.unit,
    target: Number(row.target),
    source: row.source,
    achieved: Number(row.achieved),
    inPeriod: row.inPeriod === null ? null : Number(row.inPeriod),
  };
}
