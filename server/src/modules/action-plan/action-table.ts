import { ACTION_COLUMNS, type ActionStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { contentVersion, type ReadRows } from '../../common/content-version';
import { toCsv } from '../../common/csv';
import { Organisation } from '../organisations/public';
import { Partner } from '../programmes/public';
import { ActionResponsible } from './action-responsible.entity';
import { byCode, rollUp } from './action-tree';
import { Action } from './action.entity';

/** Separates responsible organisations inside one cell. */
export const LIST_SEPARATOR = ';';

export { ACTION_COLUMNS };

export type ActionRow = Record<(typeof ACTION_COLUMNS)[number], string | number | null> & {
  startsOn: string;
  dueOn: string;
  status: ActionStatus;
};

/** The action plan as flat rows, by code, in three queries whatever its size. */
export async function actionRows(
  dataSource: DataSource,
  programmeId: string,
): Promise<ActionRow[]> {
  const actions = await dataSource.getRepository(Action).findBy({ programmeId });
  const links: { actionId: string; name: string }[] = await dataSource
    .getRepository(ActionResponsible)
    .createQueryBuilder('r')
    .innerJoin(Partner, 'p', 'p.id = r.partnerId')
    .innerJoin(Organisation, 'o', 'o.id = p.organisationId')
    .select('r.actionId', 'actionId')
    .addSelect('o.name', 'name')
    .where('p.programmeId = :programmeId', { programmeId })
    .orderBy('o.name')
    .getRawMany();
  const codes = new Map(actions.map((a) => [a.id, a.code]));
  const progress = rollUp(actions);
  return actions.sort(byCode).map((a) => ({
    code: a.code,
    parentCode: a.parentId ? (codes.get(a.parentId) ?? null) : null,
    title: a.title,
    description: a.description,
    startsOn: a.startsOn,
    dueOn: a.dueOn,
    status: a.status,
    progress: progress.get(a.id) ?? a.ownProgress,
    weight: a.weight,
    plannedBudget: a.plannedBudget,
    spentBudget: a.spentBudget,
    responsible: links
      .filter((l) => l.actionId === a.id)
      .map((l) => l.name)
      .join(`${LIST_SEPARATOR} `),
  }));
}

/**
 * Every row actionRows reads, and the programme whose code names the sheet;
 * test/integration/export-cache.test.ts holds this list to the statements it sends.
 */
export const ACTION_ROWS_READS: readonly ReadRows[] = [
  { table: 'programme', rows: `programme t WHERE t.id = $1` },
  { table: 'action', rows: `action t WHERE t."programmeId" = $1` },
  {
    table: 'action_responsible',
    rows: `action_responsible t JOIN action a ON a.id = t."actionId" WHERE a."programmeId" = $1`,
  },
  { table: 'partner', rows: `partner t WHERE t."programmeId" = $1` },
  {
    table: 'organisation',
    rows: `organisation t WHERE t.id IN (SELECT "organisationId" FROM partner WHERE "programmeId" = $1)`,
  },
];

/** The version of what the action plan's exports show, in one statement. */
export function actionRowsVersion(dataSource: DataSource, programmeId: string): Promise<string> {
  return contentVersion(dataSource, ACTION_ROWS_READS, [programmeId]);
}

export function actionsCsv(rows: ActionRow[]): string {
  return toCsv(ACTION_COLUMNS, rows);
}
