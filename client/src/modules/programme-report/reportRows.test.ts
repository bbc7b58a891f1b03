import { describe, expect, it } from 'vitest';
import { planInReadingOrder } from './reportRows';

describe('planInReadingOrder', () => {
  it('puts each action before its sub-actions, by code, with their depth', () => {
    const rows = planInReadingOrder([
      { id: 'c', code: '1.10', parent: { id: 'a' } },
      { id: 'b', code: '2', parent: null },
      { id: 'd', code: '1.2', parent: { id: 'a' } },
      { id: 'a', code: '1', parent: null },
      { id: 'e', code: '1.2.1', parent: { id: 'd' } },
    ]);
    expect(rows.map((row) => [row.code, row.depth])).toEqual([
      ['1', 0],
      ['1.2', 1],
      ['1.2.1', 2],
      ['1.10', 1],
      ['2', 0],
    ]);
  });
});
