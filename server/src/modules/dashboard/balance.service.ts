import { todayIso } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { SideBalance } from './balance.types';
import type { FigureSources } from './figure-sources';

type Figures = Omit<SideBalance, 'sideId' | 'name' | 'country'>;

/**
 * One kind of figure per side, from one aggregate statement over the whole programme. A new
 * figure of the balance (issues raised, reports on time, …) is one more contribution.
 */
export type BalanceContribution = (
  dataSource: DataSource,
  programmeId: string,
  sources: FigureSources,
) => Promise<Map<string, Partial<Figures>>>;

const ZERO: Figures = {
  partners: 0,
  eventsOrganised: 0,
  attendeesSent: 0,
  budgetPlanned: 0,
  budgetSpent: 0,
  issuesRaised: 0,
  reportsDue: 0,
  reportsOnTime: 0,
};

/** Rows of one aggregate statement keyed by their side. */
function bySide<T extends { sideId: string }>(rows: T[]): Map<string, Omit<T, 'sideId'>> {
  return new Map(rows.map(({ sideId, ...figures }) => [sideId, figures]));
}

/** Partners, events organised and attendees sent, per side, in one statement over the tallies. */
const activity: BalanceContribution = async (dataSource, programmeId) => {
  const rows = await dataSource.query<
    { sideId: string; partners: number; eventsOrganised: number; attendeesSent: number }[]
  >(
    `SELECT s.id AS "sideId",
            (SELECT count(*) FROM partner p WHERE p."sideId" = s.id)::int AS partners,
            coalesce((SELECT sum(t.events) FROM held_event_tally t
                        JOIN partner p ON p.id = t."organiserPartnerId"
                       WHERE t."programmeId" = s."programmeId" AND p."sideId" = s.id), 0)::int
              AS "eventsOrganised",
            coalesce((SELECT sum(t.attendees) FROM held_attendance_tally t
                       WHERE t."programmeId" = s."programmeId" AND t."sideId" = s.id), 0)::int
              AS "attendeesSent"
       FROM programme_side s WHERE s."programmeId" = $1`,
    [programmeId],
  );
  return bySide(rows);
};

/** The plan's budget per side (an action's money shared by its responsible partners). */
const budget: BalanceContribution = async (_dataSource, programmeId, sources) => {
  const lines = (await sources.budget.load(programmeId))?.bySide ?? [];
  return new Map(
    lines.flatMap((line) =>
      line.id ? [[line.id, { budgetPlanned: line.planned, budgetSpent: line.spent }]] : [],
    ),
  );
};

/** Monitoring issues raised by the side's partner organisations, in one statement. */
const issues: BalanceContribution = async (dataSource, programmeId) => {
  const rows = await dataSource.query<{ sideId: string; issuesRaised: number }[]>(
    `SELECT p."sideId", count(*)::int AS "issuesRaised"
       FROM monitoring_issue i
       JOIN partner p ON p."organisationId" = i."raisedById" AND p."programmeId" = i."programmeId"
      WHERE i."programmeId" = $1
      GROUP BY p."sideId"`,
    [programmeId],
  );
  return bySide(rows);
};

/**
 * Reports due by now (every partner for every period whose due date has passed, the rule of
 * the reporting grid) and those of them first submitted by the due date, in one statement.
 */
const reporting: BalanceContribution = async (dataSource, programmeId) => {
  const rows = await dataSource.query<
    { sideId: string; reportsDue: number; reportsOnTime: number }[]
  >(
    `SELECT p."sideId", count(*)::int AS "reportsDue",
            count(*) FILTER (WHERE (r."firstSubmittedAt" AT TIME ZONE 'UTC')::date <= rp."dueOn")::int
              AS "reportsOnTime"
       FROM reporting_period rp
       JOIN partner p ON p."programmeId" = rp."programmeId"
       LEFT JOIN progress_report r ON r."partnerId" = p.id
        AND r."periodStart" = rp."startsOn" AND r."periodEnd" = rp."endsOn"
      WHERE rp."programmeId" = $1 AND rp."dueOn" < $2::date
      GROUP BY p."sideId"`,
    [programmeId, todayIso()],
  );
  return bySide(rows);
};

export const BALANCE_CONTRIBUTIONS: BalanceContribution[] = [activity, budget, issues, reporting];

/** The sides of a programme with what each contributed, in a fixed number of statements. */
export async function programmeBalance(
  dataSource: DataSource,
  programmeId: string,
  sources: FigureSources,
): Promise<SideBalance[]> {
  const sides = await dataSource.query<{ id: string; name: string; country: string }[]>(
    `SELECT id, name, country FROM programme_side WHERE "programmeId" = $1 ORDER BY position`,
    [programmeId],
  );
  // One after another: the embedded database answers one statement at a time anyway.
  const parts: Map<string, Partial<Figures>>[] = [];
  for (const contribute of BALANCE_CONTRIBUTIONS)
    parts.push(await contribute(dataSource, programmeId, sources));
  return sides.map((side) => ({
    sideId: side.id,
    name: side.name,
    country: side.country,
    ...ZERO,
    ...Object.assign({}, ...parts.map((part) => part.get(side.id) ?? {})),
  }));
}
