import type { DataSource } from 'typeorm';
import { contentVersion, type ReadRows } from '../../common/content-version';

const OF_PROGRAMME = `t."programmeId" = $1`;

/**
 * Every row the printed report reads (gatherReport and the functions it calls), table by
 * table; test/integration/export-cache.test.ts holds this list to the statements it sends.
 */
export const REPORT_READS: readonly ReadRows[] = [
  { table: 'programme', rows: `programme t WHERE t.id = $1` },
  { table: 'programme_side', rows: `programme_side t WHERE ${OF_PROGRAMME}` },
  { table: 'partner', rows: `partner t WHERE ${OF_PROGRAMME}` },
  {
    table: 'organisation',
    // Partners, both sides of twinning relations and the raisers of issues are named.
    rows: `organisation t WHERE t.id IN (
      SELECT "organisationId" FROM partner WHERE "programmeId" = $1
      UNION SELECT "organisationAId" FROM twinning_relation WHERE "programmeId" = $1
      UNION SELECT "organisationBId" FROM twinning_relation WHERE "programmeId" = $1
      UNION SELECT "raisedById" FROM monitoring_issue WHERE "programmeId" = $1)`,
  },
  { table: 'action', rows: `action t WHERE ${OF_PROGRAMME}` },
  {
    table: 'action_responsible',
    rows: `action_responsible t JOIN action a ON a.id = t."actionId" WHERE a."programmeId" = $1`,
  },
  { table: 'event', rows: `event t WHERE ${OF_PROGRAMME}` },
  {
    table: 'event_attendance',
    rows: `event_attendance t JOIN event e ON e.id = t."eventId" WHERE e."programmeId" = $1`,
  },
  {
    table: 'event_participant',
    rows: `event_participant t JOIN event e ON e.id = t."eventId" WHERE e."programmeId" = $1`,
  },
  { table: 'indicator', rows: `indicator t WHERE ${OF_PROGRAMME}` },
  // The tallies computed indicators are read from (docs/read-model.md).
  ...['event_tally', 'event_action_tally', 'attendance_tally', 'organisation_tally'].map(
    (table) => ({ table, rows: `${table} t WHERE ${OF_PROGRAMME}` }),
  ),
  { table: 'twinning_relation', rows: `twinning_relation t WHERE ${OF_PROGRAMME}` },
  { table: 'monitoring_issue', rows: `monitoring_issue t WHERE ${OF_PROGRAMME}` },
  { table: 'reporting_period', rows: `reporting_period t WHERE ${OF_PROGRAMME}` },
  {
    table: 'progress_report',
    rows: `progress_report t JOIN partner p ON p.id = t."partnerId" WHERE p."programmeId" = $1`,
  },
];

/**
 * The version of a programme's report content, in one statement. Computed indicators count
 * held events only once they have started, so the number of those moves the version too; what
 * depends on the date (overdue actions, late reports, the footer) is keyed by the day.
 */
export function reportVersion(dataSource: DataSource, programmeId: string): Promise<string> {
  return contentVersion(
    dataSource,
    REPORT_READS,
    [programmeId],
    [`SELECT coalesce(sum(t.events), 0) FROM held_event_tally t WHERE t."programmeId" = $1`],
  );
}
