import { CLOSED_ISSUE_STATUSES, IssueSeverity, IssueStatus, todayIso } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { issuesByCategory } from '../dashboard/public';
import { activeTwinning } from '../public-site/public';
import { periodsOf, punctuality, reportingCells } from '../progress-reports/public';
import type { PeriodPunctuality, ProgrammeCooperation, SevereIssue } from './cooperation.types';

const OPEN = Object.values(IssueStatus).filter((s) => !CLOSED_ISSUE_STATUSES.includes(s));
const SEVERE = [IssueSeverity.HIGH, IssueSeverity.CRITICAL];
/** Severe open issues the report lists by name; the rest are counted. */
export const SEVERE_LISTED = 20;

/**
 * Twinning, monitoring and reporting of a programme the caller may read, in five statements
 * whatever its size: what the association used to print besides plan and events.
 */
export async function gatherCooperation(
  dataSource: DataSource,
  programmeId: string,
): Promise<ProgrammeCooperation> {
  const severe = await severeOpenIssues(dataSource, programmeId);
  return {
    activeTwinning: await activeTwinning(dataSource, programmeId),
    issuesByCategory: await issuesByCategory(dataSource, programmeId),
    severeOpenIssues: severe.issues,
    severeOpenIssueCount: severe.count,
    reporting: await reporting(dataSource, programmeId),
  };
}

/** The worst and oldest severe open issues, with how many there are in all, in one statement. */
async function severeOpenIssues(dataSource: DataSource, programmeId: string) {
  const rows = await dataSource.query<(SevereIssue & { total: number })[]>(
    `SELECT i.id, i.title, i.category, i.severity, i.status, o.name AS "raisedBy",
            i."createdAt" AS "raisedAt", (count(*) OVER ())::int AS total
       FROM monitoring_issue i JOIN organisation o ON o.id = i."raisedById"
      WHERE i."programmeId" = $1 AND i.status = ANY($2::issue_status[])
        AND i.severity = ANY($3::issue_severity[])
      ORDER BY i.severity DESC, i."createdAt", i.id
      LIMIT $4`,
    [programmeId, OPEN, SEVERE, SEVERE_LISTED],
  );
  return {
    issues: rows.map((row) => ({ ...row, raisedAt: new Date(row.raisedAt) })),
    count: rows[0]?.total ?? 0,
  };
}

/** Every period with every partner's punctuality, by the rules of the reporting grid. */
async function reporting(dataSource: DataSource, programmeId: string) {
  const [periods, cells] = [
    await periodsOf(dataSource.manager, programmeId),
    await reportingCells(dataSource.manager, programmeId),
  ];
  const today = todayIso();
  return periods.map((period): PeriodPunctuality => ({
    periodId: period.id,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    dueOn: period.dueOn,
    partners: cells
      .filter((cell) => cell.periodId === period.id)
      .map((cell) => ({
        partnerId: cell.partnerId,
        organisation: cell.organisation,
        sideId: cell.sideId,
        ...punctuality(cell, today),
      })),
  }));
}
