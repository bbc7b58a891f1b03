import { ActionStatus, CLOSED_ACTION_STATUSES, EventType, todayIso } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { Policy } from '../programmes/public';
import { overallProgress } from '../action-plan/public';
import type { User } from '../users/public';
import type { FigureSources } from './figure-sources';
import type { EventTypeCount, ProgrammeDashboard, SideCount } from './dashboard.types';
import { issuesByStatus, twinningByStatus } from './status-counts';

/** Aggregates computed in the database (or from one query), never by loading rows in loops. */
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  async forProgramme(
    user: User,
    programmeId: string,
    sources: FigureSources,
  ): Promise<ProgrammeDashboard> {
    await this.policy.readableProgramme(user, programmeId);
    const nodes = await sources.planNodes.load(programmeId);
    const counts = new Map<ActionStatus, number>();
    let overdue = 0;
    const today = todayIso();
    for (const node of nodes) {
      counts.set(node.status, (counts.get(node.status) ?? 0) + 1);
      if (!CLOSED_ACTION_STATUSES.includes(node.status) && node.dueOn < today) overdue += 1;
    }
    return {
      programmeId,
      overallProgress: overallProgress(nodes),
      overdueActions: overdue,
      actionsByStatus: Object.values(ActionStatus).map((status) => ({
        status,
        count: counts.get(status) ?? 0,
      })),
      eventsByType: await this.eventsByType(programmeId),
      attendeesBySide: await this.attendeesBySide(programmeId),
      issuesByStatus: await issuesByStatus(this.dataSource, programmeId),
      twinningByStatus: await twinningByStatus(this.dataSource, programmeId),
    };
  }

  /** HELD events by type, every type listed, from the tally (docs/read-model.md). */
  private async eventsByType(programmeId: string): Promise<EventTypeCount[]> {
    const rows = await this.dataSource.query<{ type: EventType; count: number }[]>(
      `SELECT t.type, sum(t.events)::int AS count FROM held_event_tally t
        WHERE t."programmeId" = $1 GROUP BY t.type`,
      [programmeId],
    );
    const counts = new Map(rows.map((row) => [row.type, row.count]));
    return Object.values(EventType).map((type) => ({ type, count: counts.get(type) ?? 0 }));
  }

  /** Attendees of HELD events from each side of the programme, in the sides' order. */
  private attendeesBySide(programmeId: string): Promise<SideCount[]> {
    return this.dataSource.query<SideCount[]>(
      `SELECT s.id AS "sideId",
              coalesce((SELECT sum(t.attendees) FROM held_attendance_tally t
                         WHERE t."programmeId" = s."programmeId" AND t."sideId" = s.id), 0)::int AS count
         FROM programme_side s
        WHERE s."programmeId" = $1
        ORDER BY s.position`,
      [programmeId],
    );
  }
}
