import { ACTION_COLUMNS, LABELS, type Locale } from '@spilno/shared';
import ExcelJS from 'exceljs';
import { SHEET_DATE_FORMAT, sheetDate } from '../../common/export-language';
import type { ActionRow } from './action-table';

const WIDTHS: Partial<Record<(typeof ACTION_COLUMNS)[number], number>> = {
  title: 48,
  description: 48,
  responsible: 40,
  parentCode: 18,
  plannedBudget: 18,
};

/**
 * The action table (see actionRows) as a spreadsheet for a reader of `language`: headers and
 * statuses in the
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
