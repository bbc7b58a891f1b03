import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';

@ObjectType({ description: 'Planned and spent money of one partner, side, or the whole plan.' })
export class BudgetLine {
  @Field(() => ID, {
    nullable: true,
    description: 'The partner or side; null for the unassigned rest.',
  })
  id: string | null;

  @Field(() => Float)
  planned: number;

  @Field(() => Float)
  spent: number;
}

@ObjectType({ description: "Totals of the action plan's budgets in the programme's currency." })
export class ProgrammeBudget {
  @Field()
  currency: string;

  @Field(() => BudgetLine)
  total: BudgetLine;

  @Field(() => [BudgetLine], {
    description: 'An action’s money is shared equally by its responsible partners.',
  })
  byPartner: BudgetLine[];

  @Field(() => [BudgetLine])
  bySide: BudgetLine[];
}

interface Row {
  programmeId: string;
  partnerId: string | null;
  sideId: string | null;
  planned: number;
  spent: number;
}

/**
 * Budget totals of several programmes in one aggregate statement (a DataLoader batch), so a
 * list of programmes with their budgets costs one query, not one per programme.
 */
export async function programmeBudgets(
  dataSource: DataSource,
  programmes: readonly { id: string; currency: string }[],
): Promise<ProgrammeBudget[]> {
  const rows: Row[] = await dataSource.query(
    `WITH shares AS (
       SELECT a."programmeId", r."partnerId",
              coalesce(a."plannedBudget", 0) / count(*) OVER (PARTITION BY a.id) AS planned,
              coalesce(a."spentBudget", 0) / count(*) OVER (PARTITION BY a.id) AS spent
         FROM action a LEFT JOIN action_responsible r ON r."actionId" = a.id
        WHERE a."programmeId" = ANY($1))
     SELECT s."programmeId", s."partnerId", p."sideId",
            sum(s.planned)::float8 AS planned, sum(s.spent)::float8 AS spent
       FROM shares s LEFT JOIN partner p ON p.id = s."partnerId"
      GROUP BY s."programmeId", s."partnerId", p."sideId"`,
    [programmes.map((p) => p.id)],
  );
  return programmes.map(({ id, currency }) =>
    budgetOf(
      currency,
      rows.filter((r) => r.programmeId === id),
    ),
  );
}

function budgetOf(currency: string, rows: Row[]): ProgrammeBudget {
  const round = (n: number) => Math.round(n * 100) / 100;
  const line = (id: string | null, items: Row[]): BudgetLine => ({
    id,
    planned: round(items.reduce((sum, r) => sum + Number(r.planned), 0)),
    spent: round(items.reduce((sum, r) => sum + Number(r.spent), 0)),
  });
  const sides = [...new Set(rows.map((r) => r.sideId))];
  return {
    currency,
    total: line(null, rows),
    byPartner: rows.map((r) => line(r.partnerId, [r])),
    bySide: sides.map((sideId) =>
      line(
        sideId,
        rows.filter((r) => r.sideId === sideId),
      ),
    ),
  };
}
