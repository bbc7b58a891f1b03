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
  currency: string;
  /** False on the one row of a programme without actions. */
  present: boolean;
  partnerId: string | null;
  sideId: string | null;
  planned: number;
  spent: number;
}

/**
 * Budget totals of several programmes, with their currencies, in one aggregate statement (a
 * DataLoader batch), so a list of programmes with their budgets costs one query, not one per
 * programme. Programmes are answered in the order of `ids`; an unknown id gets no budget.
 */
export async function programmeBudgets(
  dataSource: DataSource,
  ids: readonly string[],
): Promise<(ProgrammeBudget | null)[]> {
  const rows: Row[] = await dataSource.query(
    `WITH shares AS (
       SELECT a."programmeId", r."partnerId",
              coalesce(a."plannedBudget", 0) / count(*) OVER (PARTITION BY a.id) AS planned,
              coalesce(a."spentBudget", 0) / count(*) OVER (PARTITION BY a.id) AS spent
         FROM action a LEFT JOIN action_responsible r ON r."actionId" = a.id
        WHERE a."programmeId" = ANY($1))
     SELECT pr.id AS "programmeId", pr.currency, bool_or(s."programmeId" IS NOT NULL) AS present,
            s."partnerId", p."sideId",
            coalesce(sum(s.planned), 0)::float8 AS planned, coalesce(sum(s.spent), 0)::float8 AS spent
       FROM programme pr
       LEFT JOIN shares s ON s."programmeId" = pr.id
       LEFT JOIN partner p ON p.id = s."partnerId"
      WHERE pr.id = ANY($1)
      GROUP BY pr.id, pr.currency, s."partnerId", p."sideId"`,
    [[...ids]],
  );
  return ids.map((id) => {
    const own = rows.filter((r) => r.programmeId === id);
    const currency = own[0]?.currency;
    if (currency === undefined) return null;
    return budgetOf(
      currency,
      own.filter((r) => r.present),
    );
  });
}

/** The budget of a programme that is known to exist (its record is at hand). */
export function presentBudget(budget: ProgrammeBudget | null): ProgrammeBudget {
  if (!budget) throw new Error('No budget for a programme that was just read');
  return budget;
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
