import { FieldMessage, IMPORT_CHARS_MAX, IMPORT_ROWS_MAX, type FieldError } from '@spilno/shared';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadInputError } from './errors';

export enum ImportRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(ImportRowAction, { name: 'ImportRowAction' });

@ObjectType({ description: 'A bad field of one imported row.' })
export class ImportFieldError {
  @Field()
  field: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'What importing one CSV row would do, or why it cannot.' })
export class ImportRow {
  @Field(() => Int, { description: 'Line in the file, counting the header as line 1.' })
  line: number;

  @Field(() => ImportRowAction)
  action: ImportRowAction;

  @Field({ description: 'A human label of the row, e.g. the name or code.' })
  label: string;

  @Field(() => [ImportFieldError])
  errors: ImportFieldError[];
}

@ObjectType({ description: 'The preview of an import: nothing has been written yet.' })
export class ImportPreview {
  @Field(() => [ImportRow])
  rows: ImportRow[];

  @Field({ description: 'True when no row has an error, so the import may be committed.' })
  valid: boolean;

  @Field(() => Int)
  creates: number;

  @Field(() => Int)
  updates: number;

  @Field(() => Int)
  unchanged: number;
}

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/**
 * Parses CSV with a header row (comma or semicolon separated, as spreadsheets save it),
 * checking the size and that every `required` column is present.
 */
export function parseCsv(text: string, required: readonly string[], field = 'csv'): CsvRecord[] {
  if (text.length > IMPORT_CHARS_MAX) throw BadInputError.field(field, FieldMessage.TOO_LONG);
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let rows: string[][];
  try {
    rows = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch {
    throw BadInputError.field(field, FieldMessage.INVALID);
  }
  const [header, ...data] = rows;
  if (!header) throw BadInputError.field(field, FieldMessage.REQUIRED);
  const columns = header.map((h) => h.trim());
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length)
    throw new BadInputError(
      missing.map((c) => ({ field: `${field}.${c}`, message: FieldMessage.REQUIRED })),
    );
  if (data.length > IMPORT_ROWS_MAX) throw BadInputError.field(field, FieldMessage.TOO_LONG);
  return data.map((cells, index) => ({
    line: index + 2,
    values: Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])),
  }));
}

/** CSV with a header row; a byte-order mark lets spreadsheet programs read UTF-8 names. */
export function toCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  return '\uFEFF' + stringify(rows, { header: true, columns: [...columns] });
}

/** Builds the preview and, for a commit, the BAD_USER_INPUT naming every bad row and field. */
export function summarise(rows: ImportRow[]): ImportPreview {
  const count = (action: ImportRowAction) =>
    rows.filter((r) => r.action === action && r.errors.length === 0).length;
  return {
    rows,
    valid: rows.every((r) => r.errors.length === 0),
    creates: count(ImportRowAction.CREATE),
    updates: count(ImportRowAction.UPDATE),
    unchanged: count(ImportRowAction.UNCHANGED),
  };
}

export function assertValid(preview: ImportPreview, field = 'csv'): void {
  const errors: FieldError[] = preview.rows.flatMap((row) =>
    row.errors.map((e) => ({ field: `${field}.line${row.line}.${e.field}`, message: e.message })),
  );
  if (errors.length) throw new BadInputError(errors);
}
