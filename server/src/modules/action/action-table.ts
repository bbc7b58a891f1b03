import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { toCsv } from '../../common/csv';
import { Organisation } from '../organisation/organisation.entity';
import { Partner } from '../programme/partner.entity';
import { ActionResponsible } from './action-responsible.entity';
import { rollUp } from './action-tree';
import { Action } from './action.entity';

/** Columns of the action plan's CSV and XLSX, in order; import reads the same. */
export const ACTION_COLUMNS = [
  'code',
  'parentCode',
  'title',
  'description',
  'startsOn',
  'dueOn',
  'status',
  'progress',
  'weight',
  'plannedBudget',
  'spentBudget',
  'responsible',
] as const;

/** Separates responsible organisations inside one cell. */
export const LIST_SEPARATOR = ';';

export type ActionRow = Record<(typeof ACTION_COLUMNS)[number], string | number | null>;

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
  return actions
    .sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }))
    .map((a) => ({
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

export function actionsCsv(rows: ActionRow[]): string {
  return toCsv(ACTION_COLUMNS, rows);
}

/** The same table as a spreadsheet, with a header row that stays in view. */
export async function actionsXlsx(rows: ActionRow[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Spilno';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Actions', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = ACTION_COLUMNS.map((key) => ({
    header: key,
    key,
    width: key === 'title' || key === 'description' ? 48 : key === 'responsible' ? 40 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
