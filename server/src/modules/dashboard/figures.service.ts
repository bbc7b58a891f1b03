import { isOverdue, todayIso } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { byCode, rollUp } from '../action-plan/public';
import { Indicator } from '../indicators/public';
import type { SideBalance } from './balance.types';
import type { FigureSources } from './figure-sources';
import { programmeBalance } from './balance.service';
import type { ActionProgress, QuarterEventCount, QuarterIssueCount } from './figures.types';

/**
 * The dashboard's figures beyond the contract's counts. Each method is one or two aggregate
 * statements for the whole programme, whatever the number of its events or actions. Callers
 * have checked that the programme is readable.
 */
export class DashboardFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  /** Top-level actions by code with their rolled-up progress (the request's one read of the tree). */
  async topActions(programmeId: string, sources: FigureSources): Promise<ActionProgress[]> {
    const nodes = await sources.planNodes.load(programmeId);
    const progress = rollUp(nodes);
    const today = todayIso();
    return nodes
      .filter((node) => node.parentId === null)
      .toSorted(byCode)
      .map((node) => ({
        actionId: node.id,
        code: node.code,
        title: node.title,
        status: node.status,
        progress: progress.get(node.id) ?? 0,
        dueOn: node.dueOn,
        overdue: isOverdue(node.status, node.dueOn, today),
      }));
  }

  /** HELD events per quarter, type and organiser's side, oldest quarter first. */
  eventsPerQuarter(programmeId: string): Promise<QuarterEventCount[]> {
    // The tally keeps the quarter of the event's own wall-clock date: a New Year's Eve event
    // in Kyiv belongs to the quarter it was held in there, not to the server's. The side is
    // the organiser's as it stands now, so a partner moved between sides needs no recount.
    return this.dataSource.query<QuarterEventCount[]>(
      `SELECT t.quarter, t.type, p."sideId", sum(t.events)::int AS count
         FROM held_event_tally t LEFT JOIN partner p ON p.id = t."organiserPartnerId"
        WHERE t."programmeId" = $1
        GROUP BY 1, 2, 3 HAVING sum(t.events) > 0 ORDER BY 1, 2, 3`,
      [programmeId],
    );
  }

  /**
   * The status of every issue at the end of each quarter, from the quarter the first was
   * raised up to the current one, read from the status history in one statement: for each
   * quarter, each issue's latest change before the quarter ended. Absent statuses are 0.
   */
  issuesPerQuarter(programmeId: string): Promise<QuarterIssueCount[]> {
    return this.dataSource.query<QuarterIssueCount[]>(
      `WITH changes AS (
         SELECT c."issueId", c."toStatus", c.at FROM issue_status_change c
           JOIN monitoring_issue i ON i.id = c."issueId"
          WHERE i."programmeId" = $1
       ), quarters AS (
         SELECT q AS starts
           FROM (SELECT date_trunc('quarter', min(at) AT TIME ZONE 'UTC') AS first FROM changes) b,
                generate_series(b.first, date_trunc('quarter', now() AT TIME ZONE 'UTC'),
                                interval '3 months') AS q
       )
       SELECT to_char(q.starts, 'YYYY-"Q"Q') AS quarter, s.status, count(*)::int AS count
         FROM quarters q
         CROSS JOIN LATERAL (
           SELECT DISTINCT ON (c."issueId") c."toStatus" AS status FROM changes c
            WHERE c.at < (q.starts + interval '3 months') AT TIME ZONE 'UTC'
            ORDER BY c."issueId", c.at DESC
         ) s
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [programmeId],
    );
  }

  /** The programme's indicators; `achieved` of computed ones is batched by their resolver. */
  indicators(programmeId: string): Promise<Indicator[]> {
    return this.dataSource
      .getRepository(Indicator)
      .find({ where: { programmeId }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  balance(programmeId: string, sources: FigureSources): Promise<SideBalance[]> {
    return programmeBalance(this.dataSource, programmeId, sources);
  }
}
