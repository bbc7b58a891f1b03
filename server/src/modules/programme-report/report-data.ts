import {
  ActionStatus,
  EventStatus,
  EventType,
  IndicatorSource,
  isOverdue,
  PartnerRole,
  REPORT_EVENTS_MAX,
  todayIso,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import {
  overallProgress,
  rollUp,
  Action,
  programmeBudgets,
  type ProgrammeBudget,
  byCode,
} from '../action-plan/public';
import { computedValues, Indicator } from '../indicators/public';
import {
  issuesByStatus,
  twinningByStatus,
  type IssueStatusCount,
  type TwinningStatusCount,
} from '../dashboard/public';
import type { Programme } from '../programmes/public';
import { gatherCooperation } from './cooperation';
import type { ProgrammeCooperation } from './cooperation.types';

export interface ReportAction {
  code: string;
  title: string;
  depth: number;
  status: ActionStatus;
  progress: number;
  dueOn: string;
  overdue: boolean;
}

export interface ReportEvent {
  type: EventType;
  title: string;
  status: EventStatus;
  startsAt: Date;
  timeZone: string;
  venue: string | null;
  organiser: string | null;
  attendees: number;
}

/** Everything the printed progress report shows. */
export interface ReportData {
  programme: Programme;
  sides: { id: string; name: string; country: string }[];
  partners: { name: string; sideId: string; role: PartnerRole }[];
  overallProgress: number;
  actions: ReportAction[];
  /** The latest events not cancelled, by start, at most REPORT_EVENTS_MAX of them. */
  events: ReportEvent[];
  /** How many events not cancelled there are, listed or not. */
  eventCount: number;
  indicators: { name: string; unit: string; target: number; achieved: number }[];
  budget: ProgrammeBudget;
  twinningByStatus: TwinningStatusCount[];
  issuesByStatus: IssueStatusCount[];
  cooperation: ProgrammeCooperation;
}

/**
 * Gathers the report of a programme the caller has already been allowed to read, in a fixed
 * number of statements whatever its size.
 */
export async function gatherReport(
  dataSource: DataSource,
  programme: Programme,
): Promise<ReportData> {
  const id = programme.id;
  const sides = await dataSource.query<ReportData['sides']>(
    `SELECT id, name, country FROM programme_side WHERE "programmeId" = $1 ORDER BY position`,
    [id],
  );
  const partners = await dataSource.query<ReportData['partners']>(
    `SELECT o.name, p."sideId", p.role FROM partner p
       JOIN organisation o ON o.id = p."organisationId"
       JOIN programme_side s ON s.id = p."sideId"
      WHERE p."programmeId" = $1 ORDER BY s.position, p.role, o.name`,
    [id],
  );
  const nodes = await dataSource.getRepository(Action).find({
    select: {
      id: true,
      parentId: true,
      code: true,
      title: true,
      status: true,
      ownProgress: true,
      weight: true,
      dueOn: true,
    },
    where: { programmeId: id },
  });
  // The latest ones, then in the order they were held: a programme of thousands of events
  // prints a readable report, and says how many earlier ones it leaves out.
  const events = await dataSource.query<(ReportEvent & { total: number })[]>(
    `SELECT * FROM (
       SELECT e.type, e.title, e.status, e."startsAt", e."timeZone", e.venue, o.name AS organiser,
              (SELECT coalesce(sum(a.count), 0) FROM event_attendance a
                WHERE a."eventId" = e.id)::int AS attendees,
              (count(*) OVER ())::int AS total, e.id
         FROM event e
         LEFT JOIN partner p ON p.id = e."organiserPartnerId"
         LEFT JOIN organisation o ON o.id = p."organisationId"
        WHERE e."programmeId" = $1 AND e.status <> $2
        ORDER BY e."startsAt" DESC, e.id DESC
        LIMIT $3) latest
      ORDER BY "startsAt", id`,
    [id, EventStatus.CANCELLED, REPORT_EVENTS_MAX],
  );
  const indicators = await dataSource
    .getRepository(Indicator)
    .find({ where: { programmeId: id }, order: { createdAt: 'ASC', name: 'ASC' } });
  const computed = await computedValues(
    dataSource,
    indicators.filter((i) => i.source !== IndicatorSource.ENTERED).map((i) => i.id),
  );
  const [budget] = await programmeBudgets(dataSource, [programme.id]);
  return {
    programme,
    sides,
    partners,
    overallProgress: overallProgress(nodes),
    actions: planRows(nodes),
    events: events.map((event) => ({
      type: event.type,
      title: event.title,
      status: event.status,
      startsAt: new Date(event.startsAt),
      timeZone: event.timeZone,
      venue: event.venue,
      organiser: event.organiser,
      attendees: event.attendees,
    })),
    eventCount: events[0]?.total ?? 0,
    indicators: indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      target: i.target,
      achieved: computed.get(i.id) ?? i.achieved,
    })),
    budget: budget!,
    twinningByStatus: await twinningByStatus(dataSource, id),
    issuesByStatus: await issuesByStatus(dataSource, id),
    cooperation: await gatherCooperation(dataSource, id),
  };
}

/** The plan as a tree in reading order: each action followed by its sub-actions, by code. */
function planRows(nodes: Action[]): ReportAction[] {
  const progress = rollUp(nodes);
  const today = todayIso();
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, Action[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const rows: ReportAction[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const node of (children.get(parent) ?? []).sort(byCode)) {
      rows.push({
        code: node.code,
        title: node.title,
        depth,
        status: node.status,
        progress: progress.get(node.id) ?? 0,
        dueOn: node.dueOn,
        overdue: isOverdue(node.status, node.dueOn, today),
      });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
