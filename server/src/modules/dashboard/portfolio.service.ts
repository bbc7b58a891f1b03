import { EventStatus, isOverdue, LIST_LIMITS, todayIso } from '@spilno/shared';
import { In, type DataSource } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { windowErrors, type ListWindow } from '../../common/list-limit';
import { type Policy, Programme } from '../programmes/public';
import { heldSql } from '../events/public';
import { overallProgress, Action } from '../action-plan/public';
import { lateReportCounts } from '../progress-reports/public';
import type { User } from '../users/public';
import type { PortfolioEntry } from './portfolio.types';

interface EventFigures {
  programmeId: string;
  held: number;
  upcoming: number;
  lastHeldAt: Date | null;
}

/**
 * Every programme a manager may read with its progress, overdue work, events and late
 * reports: four statements for the whole portfolio (programmes, their actions, their event
 * figures, their late reports), never one per programme, none reading every event.
 */
export class PortfolioService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  async list(user: User, window: ListWindow): Promise<PortfolioEntry[]> {
    throwIfAny(windowErrors(LIST_LIMITS.portfolio, window.limit, window.offset));
    const programmes = await this.policy
      .scopeProgrammes(this.dataSource.getRepository(Programme).createQueryBuilder('p'), 'p', user)
      .orderBy('p.startsOn', 'DESC')
      .addOrderBy('p.code')
      .limit(window.limit)
      .offset(window.offset)
      .getMany();
    if (programmes.length === 0) return [];
    const ids = programmes.map((p) => p.id);
    const actions = await this.dataSource.getRepository(Action).find({
      select: {
        id: true,
        programmeId: true,
        parentId: true,
        status: true,
        ownProgress: true,
        weight: true,
        dueOn: true,
      },
      where: { programmeId: In(ids) },
    });
    // Per programme: held events from the tally, upcoming ones and the last held one through
    // the start index, so neither grows with the events already held.
    const events = await this.dataSource.query<EventFigures[]>(
      `SELECT p.id AS "programmeId",
              (SELECT coalesce(sum(t.events), 0) FROM held_event_tally t
                WHERE t."programmeId" = p.id)::int AS held,
              (SELECT count(*) FROM event e WHERE e."programmeId" = p.id
                  AND e.status = $2 AND e."startsAt" >= now())::int AS upcoming,
              (SELECT max(e."startsAt") FROM event e
                WHERE e."programmeId" = p.id AND ${heldSql('e')}) AS "lastHeldAt"
         FROM unnest($1::uuid[]) AS p(id)`,
      [ids, EventStatus.PLANNED],
    );
    const today = todayIso();
    const late = await lateReportCounts(this.dataSource.manager, ids, today);
    const actionsOf = groupBy(actions, (a) => a.programmeId);
    const eventsOf = new Map(events.map((row) => [row.programmeId, row]));
    return programmes.map((programme) => {
      const plan = actionsOf.get(programme.id) ?? [];
      const figures = eventsOf.get(programme.id);
      return {
        programme,
        overallProgress: overallProgress(plan),
        actions: plan.length,
        overdueActions: plan.filter((a) => isOverdue(a.status, a.dueOn, today)).length,
        eventsHeld: figures?.held ?? 0,
        eventsUpcoming: figures?.upcoming ?? 0,
        lastEventAt: figures?.lastHeldAt ? new Date(figures.lastHeldAt) : null,
        lateReports: late.get(programme.id) ?? 0,
      };
    });
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}
