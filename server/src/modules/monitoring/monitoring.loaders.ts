import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Context } from '../../common/context';
import { firstManyBy } from '../../common/loaders';
import { IssueComment } from './issue-comment.entity';
import { IssueStatusChange } from './issue-status-change.entity';
import { MonitoringRound } from './monitoring-round.entity';
import { partnerProgress, roundResults, sideProgress } from './round-figures';

const LATEST = { at: 'DESC', id: 'DESC' } as const;
const REVERSED = { reverse: true };

function createMonitoringLoaders(dataSource: DataSource) {
  return {
    // The latest of each thread, oldest first: what is said now is never cut off.
    commentsByIssue: firstManyBy(dataSource, IssueComment, 'issueId', LATEST, REVERSED),
    historyByIssue: firstManyBy(dataSource, IssueStatusChange, 'issueId', LATEST, REVERSED),
    round: new DataLoader<string, MonitoringRound | null>(async (ids) => {
      const rows = await dataSource.getRepository(MonitoringRound).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    partnerProgress: new DataLoader((ids: readonly string[]) => partnerProgress(dataSource, ids)),
    sideProgress: new DataLoader((ids: readonly string[]) => sideProgress(dataSource, ids)),
    results: new DataLoader((ids: readonly string[]) => roundResults(dataSource, ids)),
  };
}

export type MonitoringLoaders = ReturnType<typeof createMonitoringLoaders>;

// Keyed by the request's own loaders object, which is made fresh for every request: the
// monitoring loaders live and die with it, without a line in the shared loader registry.
const perRequest = new WeakMap<object, MonitoringLoaders>();

/** This request's monitoring loaders. */
export function monitoringLoaders(ctx: Context): MonitoringLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createMonitoringLoaders(ctx.services.dataSource);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
