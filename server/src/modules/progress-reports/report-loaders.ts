import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { firstManyBy } from '../../common/loaders';
import { computeContents, type ContentKey } from './report-content';
import type { ReportContent } from './report-content.types';
import { ReportReview } from './report-review.entity';
import { ReportingPeriod } from './reporting-period.entity';

function groupBy<T>(rows: T[], keyOf: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** The report module's loaders, part of every request's loaders (see common/loaders.ts). */
export function createReportLoaders(dataSource: DataSource) {
  return {
    /** The latest of each review thread, oldest first, by report id. */
    reviewsByReport: firstManyBy(
      dataSource,
      ReportReview,
      'reportId',
      { at: 'DESC', id: 'DESC' },
      { reverse: true },
    ),
    /** Reporting periods in order, by programme id. */
    reportingPeriodsByProgramme: new DataLoader<string, ReportingPeriod[]>(async (ids) => {
      const rows = await dataSource.getRepository(ReportingPeriod).find({
        where: { programmeId: In([...ids]) },
        order: { startsOn: 'ASC' },
      });
      return groupBy(rows, (row) => row.programmeId, ids);
    }),
    /** Live content of reports being written, a fixed number of statements per batch. */
    reportContent: new DataLoader<ContentKey, ReportContent, string>(
      async (keys) => {
        const contents = await computeContents(dataSource.manager, keys);
        return keys.map((k) => contents.get(k.key) ?? new Error(`no content for ${k.key}`));
      },
      { cacheKeyFn: (k) => k.key },
    ),
  };
}
