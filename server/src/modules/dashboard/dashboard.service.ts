import { ActionStatus, CLOSED_ACTION_STATUSES, todayIso } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { Policy } from '../../common/policy';
import { overallProgress } from '../action/action-tree';
import { Action } from '../action/action.entity';
import type { User } from '../user/user.entity';
import type { ProgrammeDashboard } from './dashboard.types';

/** Aggregates computed in the database (or from one query), never by loading rows in loops. */
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  async forProgramme(user: User, programmeId: string): Promise<ProgrammeDashboard> {
    await this.policy.readableProgramme(user, programmeId);
    const nodes = await this.dataSource.getRepository(Action).find({
      select: {
        id: true,
        parentId: true,
        status: true,
        ownProgress: true,
        weight: true,
        dueOn: true,
      },
      where: { programmeId },
    });
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
      eventsByType: [],
      attendeesBySide: [],
      issuesByStatus: [],
      twinningByStatus: [],
    };
  }
}
