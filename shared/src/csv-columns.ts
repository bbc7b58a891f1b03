import type { ActionColumn } from './labels/types';

/**
 * The CSV files users round-trip (export, edit, import): their columns in order and the ones
 * an import cannot do without. The server writes and parses by these lists and the client's
 * import dialogs name the same, so a column renamed on one side is renamed on both.
 */

/** Columns of the organisation directory's CSV, in order; export and import use the same. */
export const ORGANISATION_COLUMNS = [
  'id',
  'name',
  'nameEn',
  'kind',
  'country',
  'region',
  'parent',
  'population',
  'councilsInRegion',
] as const;
export type OrganisationColumn = (typeof ORGANISATION_COLUMNS)[number];

/** Directory columns a row needs to be imported: an organisation is matched by name. */
export const ORGANISATION_REQUIRED_COLUMNS: readonly OrganisationColumn[] = [
  'name',
  'kind',
  'country',
];

/** Action plan columns a row needs: a code to match by, a title and both dates. */
export const ACTION_REQUIRED_COLUMNS: readonly ActionColumn[] = [
  'code',
  'title',
  'startsOn',
  'dueOn',
];

/** Whether a field an import error names is one of a file's columns (else a record field). */
export function isCsvColumn<C extends string>(columns: readonly C[], field: string): field is C {
  return (columns as readonly string[]).includes(field);
}
