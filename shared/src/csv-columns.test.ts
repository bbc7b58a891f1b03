import { describe, expect, it } from 'vitest';
import {
  ACTION_REQUIRED_COLUMNS,
  isCsvColumn,
  ORGANISATION_COLUMNS,
  ORGANISATION_REQUIRED_COLUMNS,
} from './csv-columns';
import { ACTION_COLUMNS } from './labels/types';

describe('CSV columns', () => {
  it('requires only columns the file has', () => {
    for (const column of ORGANISATION_REQUIRED_COLUMNS) {
      expect(ORGANISATION_COLUMNS).toContain(column);
    }
    for (const column of ACTION_REQUIRED_COLUMNS) expect(ACTION_COLUMNS).toContain(column);
  });

  it('tells a column from another field an error names', () => {
    expect(isCsvColumn(ACTION_COLUMNS, 'plannedBudget')).toBe(true);
    expect(isCsvColumn(ACTION_COLUMNS, 'parentId')).toBe(false);
    expect(isCsvColumn(ORGANISATION_COLUMNS, 'councilsInRegion')).toBe(true);
  });

  it('names each column once', () => {
    expect(new Set(ORGANISATION_COLUMNS).size).toBe(ORGANISATION_COLUMNS.length);
    expect(new Set(ACTION_COLUMNS).size).toBe(ACTION_COLUMNS.length);
  });
});
