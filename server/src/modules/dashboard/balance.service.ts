import { EventStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { programmeBudgets } from '../action/budget';
import type { SideBalance } from './balance.types';

type Figures = Omit<SideBalance, 'sideId' | 'name' | 'country'>;

/**
 * One kind of figure per side, from one aggregate statement over the whole programme. A new
 * figure of the balance (issues raised, reports on time, …) is one more contribution.
 */
export type BalanceContribution = (
  dataSource: DataSource,
  programmeId: string,
) => Promise<Map<string, Partial<Figures>>>;

const ZERO: Figures = {
  partners: 0,
  eventsOrganised: 0,
  attendeesSent: 0,
  budgetPlanned: 0,
  budgetSpent: 0,
};

/** Partners, events organised and attendees sent, per side, in one statement. */
const activity: BalanceContribution = async (dataSource, programmeId) => {
  const rows = await dataSource.query<
    { sideId: string; partners: number; eventsOrganised: number; attendeesSent: number }[]
  >(
    `SELECT s.id AS "sideId",
            (SELECT count(*) FROM partner p WHERE p."sideId" = s.id)::int AS partners,
            (SELECT count(*) FROM event e JOIN partner p ON p.id = e."organiserPartnerId"
              WHERE p."sideId" = s.id AND e.status = $2)::int AS "eventsOrganised",
            (SELECT coalesce(sum(a.count), 0) FROM event_attendance a
               JOIN event e ON e.id = a."eventId"
              WHERE a."sideId" = s.id AND e.status = $2)::int AS "attendeesSent"
       FROM programme_side s WHERE s."programmeId" = $1`,
    [programmeId, EventStatus.HELD],
  );
  return new Map(rows.map(({ sideId, ...figures }) => [sideId, figures]));
};

/** The plan's budget per side (an action's money shared by its responsible partners). */
const budget: BalanceContribution = async (dataSource, programmeId) => {
  // The currency does not matter for sums; budgets of one programme share it.
  const [result] = await programmeBudgets(dataSource, [{ id: programmeId, currency: '' }]);
  const bySide = result?.bySide ?? [];
  return new Map(
    bySide.flatMap((line) =>
      line.id ? [[line.id, { budgetPlanned: line.planned, budgetSpent: line.spent }]] : [],
    ),
  );
};

export const BALANCE_CONTRIBUTIONS: BalanceContribution[] = [activity, budget];

/** The sides of a programme with what each contributed, in a fixed number of statements. */
export async function programmeBalance(
  dataSource: DataSource,
  programmeId: string,
): Promise<SideBalance[]> {
  const sides = await dataSource.query<{ id: string; name: string; country: string }[]>(
    `SELECT id, name, country FROM programme_side WHERE "programmeId" = $1 ORDER BY position`,
    [programmeId],
  );
  // One after another: the embedded database answers one statement at a time anyway.
  const parts: Map<string, Partial<Figures>>[] = [];
  for (const contribute of BALANCE_CONTRIBUTIONS)
    parts.push(await contribute(dataSource, programmeId));
  return sides.map((side) => ({
    sideId: side.id,
    name: side.name,
    country: side.country,
    ...ZERO,
    ...Object.assign({}, ...parts.map((part) => part.get(side.id) ?? {})),
  }));
}
