import { ACTION_COLUMNS, LABELS, type ActionStatus, type Locale } from '@spilno/shared';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { toCsv } from '../../common/csv';
import { SHEET_DATE_FORMAT, sheetDate } from '../../common/export-language';
import { Organisation } from '../organisations/public';
import { Partner } from '../programmes/public';
import { ActionResponsible } from './action-responsible.entity';
import { rollUp } from './action-tree';
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

const WIDTHS: Partial<Record<(typeof ACTION_COLUMNS)[number], number>> = {
  title: 48,
  description: 48,
  responsible: 40,
  parentCode: 18,
  plannedBudget: 18,
};

/**
 * The same table as a spreadsheet for a reader of `language`: headers and statuses in the
 * words of the interface, dates as date cells and budgets as numbers, so the sheet sorts and
 * sums them; the header row stays in view.
 */
export async function actionsXlsx(
  rows: ActionRow[],
  sheetName: string,
  language: Locale,
): Promise<Buffer> {
  const labels = LABELS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Spilno';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Actions', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = ACTION_COLUMNS.map((key) => ({
    header: labels.actionColumns[key],
    key,
    width: WIDTHS[key] ?? 14,
  }));
  for (const key of ['startsOn', 'dueOn'] as const)
    sheet.getColumn(key).numFmt = SHEET_DATE_FORMAT[language];
  for (const key of ['plannedBudget', 'spentBudget'] as const)
    sheet.getColumn(key).numFmt = '#,##0.00';
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row) =>
    sheet.addRow({
      ...row,
      startsOn: sheetDate(row.startsOn),
      dueOn: sheetDate(row.dueOn),
      status: labels.enums.ActionStatus[row.status],
    }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
