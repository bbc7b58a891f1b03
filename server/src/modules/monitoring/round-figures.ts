import { IssueCategory, IssueKind, IssueSeverity } from '@spilno/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';

/** Answers counted by kind. */
@ObjectType()
abstract class KindCounts {
  @Field(() => Int)
  problems: number;

  @Field(() => Int)
  expectations: number;

  @Field(() => Int, { description: 'Problems and expectations together.' })
  total: number;
}

@ObjectType({ description: 'How far one partner has answered a round.' })
export class RoundPartnerProgress extends KindCounts {
  @Field(() => ID)
  partnerId: string;

  @Field(() => ID)
  sideId: string;

  @Field({ description: 'Whether the partner marked its answers complete.' })
  submitted: boolean;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;
}

@ObjectType({ description: 'How far the partners of one side have answered a round.' })
export class RoundSideProgress extends KindCounts {
  @Field(() => ID)
  sideId: string;

  @Field(() => Int, { description: 'Partners on this side.' })
  partners: number;

  @Field(() => Int, { description: 'Of them, those who submitted.' })
  submitted: number;
}

@ObjectType({ description: 'A round’s answers in one category.' })
export class CategoryCount extends KindCounts {
  @Field(() => IssueCategory)
  category: IssueCategory;
}

@ObjectType({ description: 'A round’s answers of one severity.' })
export class SeverityCount extends KindCounts {
  @Field(() => IssueSeverity)
  severity: IssueSeverity;
}

@ObjectType({ description: 'A round’s answers in one category with one severity.' })
export class CategorySeverityCount extends KindCounts {
  @Field(() => IssueCategory)
  category: IssueCategory;

  @Field(() => IssueSeverity)
  severity: IssueSeverity;
}

@ObjectType({ description: 'A round’s answers grouped; every category and severity listed.' })
export class RoundResults {
  @Field(() => [CategoryCount])
  byCategory: CategoryCount[];

  @Field(() => [SeverityCount])
  bySeverity: SeverityCount[];

  @Field(() => [CategorySeverityCount], { description: 'Only the pairs that occur.' })
  byCategoryAndSeverity: CategorySeverityCount[];
}

interface KindRow {
  problems: number;
  expectations: number;
}

function withTotal<T extends KindRow>(row: T): T & { total: number } {
  return { ...row, total: row.problems + row.expectations };
}

const KIND_COUNTS = `count(i.id) FILTER (WHERE i.kind = '${IssueKind.PROBLEM}')::int AS problems,
  count(i.id) FILTER (WHERE i.kind = '${IssueKind.EXPECTATION}')::int AS expectations`;

function groupBy<T extends { roundId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.roundId)?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

/**
 * Each partner of the rounds' programmes: submitted or not, and its answers by kind, counted
 * in one statement for a batch of rounds. The issues an organisation raised in the round count
 * for its partner record.
 */
export async function partnerProgress(
  dataSource: DataSource,
  roundIds: readonly string[],
): Promise<RoundPartnerProgress[][]> {
  const rows = await dataSource.query<(RoundPartnerProgress & KindRow & { roundId: string })[]>(
    `SELECT r.id AS "roundId", p.id AS "partnerId", p."sideId",
            s."submittedAt", s."submittedAt" IS NOT NULL AS submitted, ${KIND_COUNTS}
       FROM monitoring_round r
       JOIN partner p ON p."programmeId" = r."programmeId"
       JOIN programme_side ps ON ps.id = p."sideId"
       LEFT JOIN monitoring_round_submission s ON s."roundId" = r.id AND s."partnerId" = p.id
       LEFT JOIN monitoring_issue i ON i."roundId" = r.id AND i."raisedById" = p."organisationId"
      WHERE r.id = ANY($1)
      GROUP BY r.id, p.id, s."submittedAt", ps.position
      ORDER BY ps.position, p."createdAt", p.id`,
    [roundIds],
  );
  return groupBy(roundIds, rows).map((group) => group.map(withTotal));
}

/** Each side of the rounds' programmes: partners, submissions and answers, in side order. */
export async function sideProgress(
  dataSource: DataSource,
  roundIds: readonly string[],
): Promise<RoundSideProgress[][]> {
  const rows = await dataSource.query<(RoundSideProgress & KindRow & { roundId: string })[]>(
    `SELECT r.id AS "roundId", ps.id AS "sideId",
            count(DISTINCT p.id)::int AS partners,
            count(DISTINCT s."partnerId")::int AS submitted, ${KIND_COUNTS}
       FROM monitoring_round r
       JOIN programme_side ps ON ps."programmeId" = r."programmeId"
       LEFT JOIN partner p ON p."sideId" = ps.id
       LEFT JOIN monitoring_round_submission s ON s."roundId" = r.id AND s."partnerId" = p.id
       LEFT JOIN monitoring_issue i ON i."roundId" = r.id AND i."raisedById" = p."organisationId"
      WHERE r.id = ANY($1)
      GROUP BY r.id, ps.id, ps.position
      ORDER BY ps.position`,
    [roundIds],
  );
  return groupBy(roundIds, rows).map((group) => group.map(withTotal));
}

const CATEGORIES = Object.values(IssueCategory);
const SEVERITIES = Object.values(IssueSeverity);

/** Compares two enum values by their declared order. */
function rank<T>(order: readonly T[], a: T | null, b: T | null): number {
  return order.indexOf(a as T) - order.indexOf(b as T);
}

interface ResultRow extends KindRow {
  roundId: string;
  category: IssueCategory | null;
  severity: IssueSeverity | null;
  byCategory: boolean;
  bySeverity: boolean;
}

/**
 * The rounds' answers grouped by category, by severity and by both, in one statement
 * (GROUPING SETS); categories and severities with no answer are listed with zeros.
 */
export async function roundResults(
  dataSource: DataSource,
  roundIds: readonly string[],
): Promise<RoundResults[]> {
  const rows = await dataSource.query<ResultRow[]>(
    `SELECT i."roundId", i.category, i.severity,
            GROUPING(i.severity) = 1 AS "byCategory",
            GROUPING(i.category) = 1 AS "bySeverity", ${KIND_COUNTS}
       FROM monitoring_issue i
      WHERE i."roundId" = ANY($1)
      GROUP BY GROUPING SETS ((i."roundId", i.category, i.severity),
                              (i."roundId", i.category), (i."roundId", i.severity))`,
    [roundIds],
  );
  return groupBy(roundIds, rows).map((group) => {
    const counts = (row: ResultRow | undefined) =>
      withTotal({ problems: row?.problems ?? 0, expectations: row?.expectations ?? 0 });
    return {
      byCategory: CATEGORIES.map((category) => ({
        category,
        ...counts(group.find((row) => row.byCategory && row.category === category)),
      })),
      bySeverity: SEVERITIES.map((severity) => ({
        severity,
        ...counts(group.find((row) => row.bySeverity && row.severity === severity)),
      })),
      byCategoryAndSeverity: group
        .filter((row) => !row.byCategory && !row.bySeverity)
        .sort(
          (a, b) =>
            rank(CATEGORIES, a.category, b.category) || rank(SEVERITIES, a.severity, b.severity),
        )
        .map((row) => ({
          category: row.category as IssueCategory,
          severity: row.severity as IssueSeverity,
          ...counts(row),
        })),
    };
  });
}
