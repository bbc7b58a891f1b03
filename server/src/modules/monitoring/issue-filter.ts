import type { IssueCategory, IssueKind, IssueSeverity, IssueStatus } from '@spilno/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { isId } from '../../common/ids';
import { MonitoringIssue } from './monitoring-issue.entity';

export interface IssueFilter {
  status?: IssueStatus | null;
  kind?: IssueKind | null;
  category?: IssueCategory | null;
  severity?: IssueSeverity | null;
  roundId?: string | null;
  raisedById?: string | null;
}

/**
 * A programme's issues matching `filter`, newest first; the list and the CSV export share it.
 * A malformed id in a filter matches nothing (PostgreSQL would refuse to compare it with a uuid).
 */
export function issueQuery(
  dataSource: DataSource,
  programmeId: string,
  filter: IssueFilter,
): SelectQueryBuilder<MonitoringIssue> {
  const query = dataSource
    .getRepository(MonitoringIssue)
    .createQueryBuilder('i')
    .where('i.programmeId = :programmeId', { programmeId });
  for (const column of ['status', 'kind', 'category', 'severity'] as const) {
    const value = filter[column];
    if (value) query.andWhere(`i.${column} = :${column}`, { [column]: value });
  }
  for (const column of ['roundId', 'raisedById'] as const) {
    const value = filter[column];
    if (!value) continue;
    if (isId(value)) query.andWhere(`i.${column} = :${column}`, { [column]: value });
    else query.andWhere('false');
  }
  return query.orderBy('i.createdAt', 'DESC').addOrderBy('i.id', 'DESC');
}
