import { ActionStatus } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { descendantsOf, outlineIds, overallProgress, rollUp, type TreeNode } from './action-tree';

const node = (
  id: string,
  parentId: string | null,
  ownProgress = 0,
  weight = 1,
  status = ActionStatus.IN_PROGRESS,
): TreeNode => ({
  id,
  parentId,
  ownProgress,
  weight,
  status,
});

describe('rollUp', () => {
  it('gives a parent the mean of two equally weighted children at 100 and 0', () => {
    const progress = rollUp([node('p', null), node('a', 'p', 100), node('b', 'p', 0)]);
    expect(progress.get('p')).toBe(50);
  });

  it('weights children and rolls up through three levels', () => {
    const nodes = [
      node('root', null),
      node('mid', 'root', 0, 3),
      node('leaf', 'root', 100, 1),
      node('x', 'mid', 40),
      node('y', 'mid', 80),
    ];
    const progress = rollUp(nodes);
    expect(progress.get('mid')).toBe(60);
    expect(progress.get('root')).toBe(70); // (3·60 + 1·100) / 4
  });

  it('leaves cancelled children out, and counts equally when weights are zero', () => {
    expect(
      rollUp([
        node('p', null),
        node('a', 'p', 100),
        node('c', 'p', 0, 1, ActionStatus.CANCELLED),
      ]).get('p'),
    ).toBe(100);
    expect(rollUp([node('p', null), node('a', 'p', 100, 0), node('b', 'p', 0, 0)]).get('p')).toBe(
      50,
    );
  });

  it('computes overall progress from the roots and is 0 with no actions', () => {
    expect(overallProgress([node('a', null, 100), node('b', null, 20)])).toBe(60);
    expect(overallProgress([])).toBe(0);
  });

  it('finds every descendant', () => {
    const nodes = [node('a', null), node('b', 'a'), node('c', 'b'), node('d', null)];
    expect([...descendantsOf(nodes, 'a')].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('outlineIds', () => {
  // Two roots of three children each; the first child has two children of its own.
  const plan = [
    node('r1', null),
    node('r2', null),
    ...['a', 'b', 'c'].map((x) => node(`r1.${x}`, 'r1')),
    ...['a', 'b', 'c'].map((x) => node(`r2.${x}`, 'r2')),
    node('r1.a.1', 'r1.a'),
    node('r1.a.2', 'r1.a'),
  ];

  it('gives every action of a plan within the budget, whatever its depth', () => {
    expect(outlineIds(plan, 10)).toHaveLength(10);
  });

  it('gives the whole levels that fit, breadth first', () => {
    expect(outlineIds(plan, 9).sort()).toEqual(
      ['r1', 'r2', 'r1.a', 'r1.b', 'r1.c', 'r2.a', 'r2.b', 'r2.c'].sort(),
    );
    expect(outlineIds(plan, 7).sort()).toEqual(['r1', 'r2']);
  });

  it('always gives the top level, an orphan among it', () => {
    expect(outlineIds([...plan, node('lost', 'gone')], 1).sort()).toEqual(['lost', 'r1', 'r2']);
  });
});
