import { describe, expect, it } from 'vitest';
import {
  buildActionTree,
  compareCodes,
  inTreeOrder,
  selfAndDescendants,
  visibleRows,
  type TreeAction,
} from './actionTree';

function action(id: string, code: string, parentId: string | null = null): TreeAction {
  return { id, code, parent: parentId ? { id: parentId } : null };
}

describe('compareCodes', () => {
  it('orders outline codes naturally, segment by segment', () => {
    const codes = ['10', '1.10', '2', '1.2', '1', '1.2.1', '1.1', '2.a', '1.9'];
    expect([...codes].sort(compareCodes)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.2.1',
      '1.9',
      '1.10',
      '2',
      '2.a',
      '10',
    ]);
  });

  it('puts a parent code before its children', () => {
    expect(compareCodes('1.2', '1.2.1')).toBeLessThan(0);
    expect(compareCodes('1.2.1', '1.2')).toBeGreaterThan(0);
    expect(compareCodes('3', '3')).toBe(0);
  });
});

describe('buildActionTree', () => {
  const plan = [
    action('c', '1.2.1', 'b'),
    action('e', '2'),
    action('b', '1.2', 'a'),
    action('a', '1'),
    action('f', '1.10', 'a'),
    action('d', '1.1', 'a'),
  ];

  it('nests children under their parents, ordered by code with depths', () => {
    const roots = buildActionTree(plan);
    expect(roots.map((node) => node.action.code)).toEqual(['1', '2']);
    const first = roots[0];
    expect(first?.children.map((node) => node.action.code)).toEqual(['1.1', '1.2', '1.10']);
    expect(first?.children[1]?.children.map((node) => [node.action.code, node.depth])).toEqual([
      ['1.2.1', 2],
    ]);
  });

  it('keeps an action whose parent is missing as a root', () => {
    const roots = buildActionTree([action('x', '5.1', 'gone'), action('y', '4')]);
    expect(roots.map((node) => node.action.code)).toEqual(['4', '5.1']);
  });

  it('survives a loop in the data without losing actions', () => {
    const roots = buildActionTree([action('p', '1', 'q'), action('q', '1.1', 'p')]);
    const all = visibleRows(roots, () => false).map((row) => row.action.code);
    expect(all.sort()).toEqual(['1', '1.1']);
  });
});

describe('visibleRows', () => {
  const roots = buildActionTree([
    action('a', '1'),
    action('b', '1.1', 'a'),
    action('c', '1.1.1', 'b'),
    action('d', '2'),
  ]);

  it('lists everything in tree order when nothing is collapsed', () => {
    expect(visibleRows(roots, () => false).map((row) => [row.action.code, row.depth])).toEqual([
      ['1', 0],
      ['1.1', 1],
      ['1.1.1', 2],
      ['2', 0],
    ]);
  });

  it('hides the descendants of a collapsed action', () => {
    const rows = visibleRows(roots, (id) => id === 'a');
    expect(rows.map((row) => row.action.code)).toEqual(['1', '2']);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: false });
    expect(rows[1]).toMatchObject({ hasChildren: false, expanded: false });
  });
});

describe('selfAndDescendants', () => {
  it('collects an action and everything below it', () => {
    const plan = [action('a', '1'), action('b', '1.1', 'a'), action('c', '1.1.1', 'b')];
    expect([...selfAndDescendants(plan, 'b')].sort()).toEqual(['b', 'c']);
    expect(inTreeOrder(plan).map((row) => row.action.code)).toEqual(['1', '1.1', '1.1.1']);
  });
});
