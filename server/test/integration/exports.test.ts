import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActionStatus, IssueCategory, IssueSeverity, IssueStatus } from '@spilno/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { useCastProgramme } from '../cast-world';
import { buildAction } from '../factories';
import type { TestApp } from '../graphql';
import { buildIssue } from '../monitoring-factories';
import type { Cast, CastProgramme } from '../programme-cast';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));
beforeAll(async () => {
  await buildAction(app.dataSource, p.programme.id, {
    code: '1',
    title: 'Щорічна конференція',
    status: ActionStatus.IN_PROGRESS,
    startsOn: '2026-03-02',
    dueOn: '2026-11-30',
    plannedBudget: 12500.5,
  });
  await buildIssue(app.dataSource, p.programme.id, cast.pl.id, {
    title: 'Черги на пункті пропуску',
    category: IssueCategory.BORDER_CROSSING,
    severity: IssueSeverity.CRITICAL,
    status: IssueStatus.IN_REVIEW,
  });
});

function download(path: string, headers: Record<string, string> = {}) {
  return fetch(`${app.url}/export/programmes/${p.programme.id}/${path}`, {
    headers: { cookie: cast.clients.observer.cookie ?? '', ...headers },
  });
}

/** The first sheet of an exported workbook, read back with the library that wrote it. */
async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

const headers = (sheet: ExcelJS.Worksheet) =>
  (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);

/** The cell of the first action's row under the column headed `header`. */
function cellUnder(sheet: ExcelJS.Worksheet, header: string): ExcelJS.Cell {
  const column = headers(sheet).indexOf(header);
  expect(column, header).toBeGreaterThanOrEqual(0);
  return sheet.getRow(2).getCell(column + 1);
}

describe('action plan as XLSX', () => {
  it('keeps dates as date cells with a date format, in Ukrainian by default', async () => {
    const sheet = await sheetOf(await download('actions.xlsx'));
    expect(headers(sheet)).toEqual([
      'Код',
      'Код батьківського заходу',
      'Назва',
      'Опис',
      'Початок',
      'Строк',
      'Стан',
      'Поступ',
      'Вага',
      'Запланований бюджет',
      'Витрачено',
      'Відповідальні',
    ]);
    const starts = cellUnder(sheet, 'Початок');
    expect(starts.type).toBe(ExcelJS.ValueType.Date);
    expect(starts.value).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(starts.numFmt).toBe('dd.mm.yyyy');
    expect(cellUnder(sheet, 'Строк').value).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(cellUnder(sheet, 'Стан').value).toBe('Виконується');
    const budget = cellUnder(sheet, 'Запланований бюджет');
    expect(budget.type).toBe(ExcelJS.ValueType.Number);
    expect(budget.value).toBe(12500.5);
  });

  it('is in English when the client asks for it', async () => {
    const sheet = await sheetOf(await download('actions.xlsx?lang=en'));
    expect(headers(sheet).slice(0, 7)).toEqual([
      'Code',
      'Parent code',
      'Title',
      'Description',
      'Start',
      'Due',
      'Status',
    ]);
    expect(cellUnder(sheet, 'Status').value).toBe('In progress');
    expect(cellUnder(sheet, 'Due').type).toBe(ExcelJS.ValueType.Date);
    expect(cellUnder(sheet, 'Due').numFmt).toBe('dd/mm/yyyy');
    // The record's own text stays as written.
    expect(cellUnder(sheet, 'Title').value).toBe('Щорічна конференція');
  });

  it('follows the browser’s language when no lang is given, and lang over it', async () => {
    const english = await sheetOf(
      await download('actions.xlsx', { 'accept-language': 'en-GB,en;q=0.9' }),
    );
    expect(cellUnder(english, 'Status').value).toBe('In progress');
    const asked = await sheetOf(
      await download('actions.xlsx?lang=uk', { 'accept-language': 'en-GB,en;q=0.9' }),
    );
    expect(cellUnder(asked, 'Стан').value).toBe('Виконується');
    const unknown = await sheetOf(await download('actions.xlsx?lang=de'));
    expect(cellUnder(unknown, 'Стан').value).toBe('Виконується');
  });
});

describe('issues as CSV', () => {
  const rows = async (query: string) => {
    const response = await download(`issues.csv${query}`);
    expect(response.status).toBe(200);
    return parse((await response.text()).replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];
  };

  it('names kinds, categories, severities and statuses in the reader’s language', async () => {
    const [uk] = await rows('');
    expect(uk).toMatchObject({
      Вид: 'Проблема',
      Категорія: 'Перетин кордону',
      Важливість: 'Критична',
      Стан: 'На розгляді',
      Назва: 'Черги на пункті пропуску',
      Порушила: cast.pl.name,
    });
    const [en] = await rows('?lang=en');
    expect(en).toMatchObject({
      Kind: 'Problem',
      Category: 'Border crossing',
      Severity: 'Critical',
      Status: 'In review',
      Title: 'Черги на пункті пропуску',
    });
  });

  it('still filters by the wire values, whatever the language', async () => {
    expect(await rows('?lang=en&status=IN_REVIEW')).toHaveLength(1);
    expect(await rows('?lang=en&status=OPEN')).toHaveLength(0);
  });
});
