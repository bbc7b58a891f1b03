import { ActionStatus } from '@spilno/shared';
import type { Action } from './action.entity';

/** What a plan's figures read of each action: the tree, progress, and what a list names. */
export const PLAN_NODE_COLUMNS = [
  'id',
  'programmeId',
  'parentId',
  'code',
  'title',
  'status',
  'ownProgress',
  'weight',
  'dueOn',
] as const satisfies readonly (keyof Action)[];

const codeCollator = new Intl.Collator(undefined, { numeric: true });

/**
 * Natural order of action codes (1.2 before 1.10). One collator for every comparison:
 * `localeCompare` with options builds a collator per call, which a sort of thousands feels.
 */
export function byCode(a: { code: string }, b: { code: string }): number {
  return codeCollator.compare(a.code, b.code);
}

export interface TreeNode {
  id: string;
  parentId: string | null;
  status: ActionStatus;
  ownProgress: number;
  weight: number;
}

/**
 * Progress of every action of one programme: a leaf's is what was reported; a parent's is
 * the weighted mean of its children's (cancelled children do not count). Weights are
 * relative; when they sum to zero the children count equally. Computed in memory from one
 * query of the programme's actions, so a tree of any depth costs no extra queries.
 */
export function rollUp(nodes: readonly TreeNode[]): Map<string, number> {
  const children = new Map<string | null, TreeNode[]>();
  for (const node of nodes) {
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node);
    children.set(node.parentId, siblings);
  }
  const progress = new Map<string, number>();
  const visiting = new Set<string>();
  const compute = (node: TreeNode): number => {
    const known = progress.get(node.id);
    if (known !== undefined) return known;
    // A cycle cannot be stored (the service refuses it); guard anyway rather than recurse forever.
    if (visiting.has(node.id)) return node.ownProgress;
    visiting.add(node.id);
    const value =
      weightedMean(
        (children.get(node.id) ?? []).filter((c) => c.status !== ActionStatus.CANCELLED),
        compute,
      ) ?? node.ownProgress;
    progress.set(node.id, value);
    return value;
  };
  nodes.forEach(compute);
  return progress;
}

/** The weighted mean of the roots' progress: the programme's overall progress (0 with no actions). */
export function overallProgress(nodes: readonly TreeNode[]): number {
  const progress = rollUp(nodes);
  const ids = new Set(nodes.map((n) => n.id));
  const roots = nodes.filter(
    (n) => (n.parentId === null || !ids.has(n.parentId)) && n.status !== ActionStatus.CANCELLED,
  );
  return weightedMean(roots, (n) => progress.get(n.id) ?? 0) ?? 0;
}

function weightedMean(nodes: TreeNode[], value: (node: TreeNode) => number): number | null {
  if (nodes.length === 0) return null;
  const totalWeight = nodes.reduce((sum, n) => sum + n.weight, 0);
  const mean =
    totalWeight > 0
      ? nodes.reduce((sum, n) => sum + n.weight * value(n), 0) / totalWeight
      : nodes.reduce((sum, n) => sum + value(n), 0) / nodes.length;
  return Math.round(mean * 10) / 10;
}

/** Ids of `id` and everything below it, for refusing a parent that would make a cycle. */
export function descendantsOf(nodes: readonly TreeNode[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId && result.has(node.parentId) && !result.has(node.id)) {
        result.add(node.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Each action's sub-actions' ids, by the parent's id. */
export function childrenOf(nodes: readonly Pick<TreeNode, 'id' | 'parentId'>[]) {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node.id);
    children.set(node.parentId, siblings);
  }
  return children;
}

/**
 * The actions a plan's first screen shows: all of them when they are at most `budget`,
 * otherwise the whole levels that fit, breadth first, and the top level however large it is.
 * Whole levels, so every loaded action has either all its sub-actions loaded or none.
 */
export function outlineIds(
  nodes: readonly Pick<TreeNode, 'id' | 'parentId'>[],
  budget: number,
  children: ReadonlyMap<string, readonly string[]> = childrenOf(nodes),
): string[] {
  if (nodes.length <= budget) return nodes.map((n) => n.id);
  const ids = new Set(nodes.map((n) => n.id));
  let level = nodes.filter((n) => n.parentId === null || !ids.has(n.parentId)).map((n) => n.id);
  const chosen = [...level];
  for (;;) {
    level = level.flatMap((id) => children.get(id) ?? []);
    if (level.length === 0 || chosen.length + level.length > budget) return chosen;
    chosen.push(...level);
  }
}
