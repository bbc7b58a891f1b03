import { IssueCategory, IssueStatus, TwinningStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { IssueStatusCount, TwinningStatusCount } from './dashboard.types';

/**
 * A programme's rows of `table` counted by an enum column in one statement, every value
 * listed in the enum's order (absent ones 0). The names are this module's constants.
 */
function countsByEnum<K extends string, V extends string>(
  dataSource: DataSource,
  programmeId: string,
  table: string,
  column: K,
  values: readonly V[],
): Promise<(Record<K, V> & { count: number })[]> {
  return dataSource.query(
    `SELECT s.value AS "${column}", count(r.id)::int AS count
       FROM unnest($2::text[]) WITH ORDINALITY AS s(value, position)
       LEFT JOIN ${table} r ON r."${column}"::text = s.value AND r."programmeId" = $1
      GROUP BY s.value, s.position ORDER BY s.position`,
    [programmeId, values],
  );
}

/** Twinning relations grown in the programme by status. */
export function twinningByStatus(
  dataSource: DataSource,
  programmeId: string,
): Promise<TwinningStatusCount[]> {
  return countsByEnum(
    dataSource,
    programmeId,
    'twinning_relation',
    'status',
    Object.values(TwinningStatus),
  );
}

/** Monitoring issues by status. */
export function issuesByStatus(
  dataSource: DataSource,
  programmeId: string,
): Promise<IssueStatusCount[]> {
  return countsByEnum(
    dataSource,
    programmeId,
    'monitoring_issue',
    'status',
    Object.values(IssueStatus),
  );
}

/** Monitoring issues by category. */
export function issuesByCategory(
  dataSource: DataSource,
  programmeId: string,
): Promise<{ category: IssueCategory; count: number }[]> {
  return countsByEnum(
    dataSource,
    programmeId,
    'monitoring_issue',
    'category',
    Object.values(IssueCategory),
  );
}
