import { isReportLate, ReportStatus, submittedOnTime, todayIso } from '@spilno/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Policy } from '../programmes/public';
import { LocalDate } from '../../common/scalars';
import type { User } from '../users/public';
import { mayReadReport } from './report.policy';
import { ReportingPeriod } from './reporting-period.entity';
import { periodsOf } from './reporting-period.service';

@ObjectType({ description: "One partner's report for one reporting period, or its absence." })
export class ReportingCell {
  @Field(() => ID)
  periodId: string;

  @Field(() => ID)
  partnerId: string;

  @Field(() => ID, { nullable: true, description: 'Null when there is none you may read.' })
  reportId: string | null;

  @Field(() => ReportStatus, { nullable: true })
  status: ReportStatus | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  firstSubmittedAt: Date | null;

  @Field({ description: 'The due date passed and the partner has not submitted its report.' })
  late: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the first submission came by the due date; null until submitted.',
  })
  submittedOnTime: boolean | null;
}

@ObjectType({ description: "Who reported what for each of a programme's reporting periods." })
export class ReportingStatus {
  @Field(() => ID)
  programmeId: string;

  @Field(() => LocalDate, { description: 'The day lateness is reckoned on (UTC).' })
  asOf: string;

  @Field(() => [ReportingPeriod], { description: 'In order.' })
  periods: ReportingPeriod[];

  @Field(() => [ReportingCell], { description: 'Every partner for every period, by period.' })
  cells: ReportingCell[];

  @Field(() => Int, { description: 'Cells late now.' })
  lateCount: number;
}

export interface CellRow {
  periodId: string;
  partnerId: string;
  organisationId: string;
  /** The partner organisation's name. */
  organisation: string;
  sideId: string;
  dueOn: string;
  reportId: string | null;
  status: ReportStatus | null;
  submittedAt: Date | null;
  firstSubmittedAt: Date | null;
}

/**
 * Every partner of the programme against every period, with the report written for it; partners
 * by side, then by name, so a grid and a printed report list them the same way every time.
 */
const CELLS = `SELECT rp.id AS "periodId", p.id AS "partnerId", p."organisationId",
       o.name AS organisation, p."sideId",
       to_char(rp."dueOn", 'YYYY-MM-DD') AS "dueOn", r.id AS "reportId", r.status,
       r."submittedAt", r."firstSubmittedAt"
  FROM reporting_period rp
  JOIN partner p ON p."programmeId" = rp."programmeId"
  JOIN organisation o ON o.id = p."organisationId"
  JOIN programme_side s ON s.id = p."sideId"
  LEFT JOIN progress_report r ON r."partnerId" = p.id
   AND r."periodStart" = rp."startsOn" AND r."periodEnd" = rp."endsOn"
 WHERE rp."programmeId" = $1
 ORDER BY rp."startsOn", s.position, o.name, p.id`;

/**
 * The programme's reporting grid in a fixed number of statements however many partners and
 * periods it has: the programme's scope, the coordinator check, the periods, the cells.
 */
export class ReportingStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  async forProgramme(user: User, programmeId: string): Promise<ReportingStatus> {
    await this.policy.readableProgramme(user, programmeId);
    const coordinates = await this.policy.viewer(user).coordinates(programmeId);
    const manager = this.dataSource.manager;
    const [periods, rows] = await Promise.all([
      periodsOf(manager, programmeId),
      reportingCells(manager, programmeId),
    ]);
    const today = todayIso();
    const cells = rows.map((row) => toCell(row, today, user, coordinates));
    return {
      programmeId,
      asOf: today,
      periods,
      cells,
      lateCount: cells.filter((cell) => cell.late).length,
    };
  }
}

/** Every partner against every period of the programme, with the report written for it. */
export function reportingCells(
  manager: Pick<EntityManager, 'query'>,
  programmeId: string,
): Promise<CellRow[]> {
  return manager.query<CellRow[]>(CELLS, [programmeId]);
}

/** Whether a cell is late now and whether its first submission came by the due date. */
export function punctuality(
  row: CellRow,
  today: string,
): { late: boolean; submittedOnTime: boolean | null } {
  const submitted = row.firstSubmittedAt ? new Date(row.firstSubmittedAt).toISOString() : null;
  return {
    late: isReportLate(row.dueOn, submitted, today),
    submittedOnTime: submitted ? submittedOnTime(row.dueOn, submitted) : null,
  };
}

function toCell(row: CellRow, today: string, user: User, coordinates: boolean): ReportingCell {
  // A draft someone may not read shows as no report; it is late all the same.
  const visible =
    row.status !== null &&
    mayReadReport(user, { status: row.status }, row.organisationId, coordinates);
  return {
    periodId: row.periodId,
    partnerId: row.partnerId,
    reportId: visible ? row.reportId : null,
    status: visible ? row.status : null,
    submittedAt: visible ? row.submittedAt : null,
    firstSubmittedAt: visible ? row.firstSubmittedAt : null,
    ...punctuality(row, today),
  };
}

/**
 * How many partner-period reports are late now in each programme, in one statement: for
 * overviews across programmes (the same rule as the grid's `late`).
 */
export async function lateReportCounts(
  manager: Pick<EntityManager, 'query'>,
  programmeIds: readonly string[],
  today: string = todayIso(),
): Promise<Map<string, number>> {
  const rows = await manager.query<{ programmeId: string; late: number }[]>(
    `SELECT rp."programmeId", count(*)::int AS late
       FROM reporting_period rp
       JOIN partner p ON p."programmeId" = rp."programmeId"
       LEFT JOIN progress_report r ON r."partnerId" = p.id
        AND r."periodStart" = rp."startsOn" AND r."periodEnd" = rp."endsOn"
      WHERE rp."programmeId" = ANY($1::uuid[]) AND rp."dueOn" < $2::date
        AND r."firstSubmittedAt" IS NULL
      GROUP BY rp."programmeId"`,
    [[...programmeIds], today],
  );
  return new Map(rows.map((row) => [row.programmeId, row.late]));
}
