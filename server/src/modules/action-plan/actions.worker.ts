import type { Locale } from '@spilno/shared';
import { renderTask } from '../../common/render-worker';
import { actionsXlsx } from './action-sheet';
import type { ActionRow } from './action-table';

export interface ActionsSheetInput {
  rows: ActionRow[];
  sheetName: string;
  language: Locale;
}

/** The action plan as a spreadsheet, in a worker thread. */
export const actionsSheet = renderTask(({ rows, sheetName, language }: ActionsSheetInput) =>
  actionsXlsx(rows, sheetName, language),
);
