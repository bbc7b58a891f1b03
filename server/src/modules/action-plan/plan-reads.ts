import type { Context } from '../../common/context';
import { childrenOf, rollUp, type TreeNode } from './action-tree';
import { Action } from './action.entity';

export interface PlanIndex {
  progress: Map<string, number>;
  children: Map<string, string[]>;
}

/**
 * One roll-up and one index of sub-actions per loaded tree, however many of its actions a
 * request resolves: the tree is the request's `planNodes`, read once with the few columns it
 * needs, so an action's figures never load the plan's full rows.
 */
const indexes = new WeakMap<readonly TreeNode[], PlanIndex>();
export async function planIndex(ctx: Context, programmeId: string): Promise<PlanIndex> {
  const nodes = await ctx.loaders.planNodes.load(programmeId);
  let index = indexes.get(nodes);
  if (!index) {
    index = { progress: rollUp(nodes), children: childrenOf(nodes) };
    indexes.set(nodes, index);
  }
  return index;
}

const byCode = (a: Action, b: Action) => a.code.localeCompare(b.code, undefined, { numeric: true });

/** Actions by id through the request's loader (one statement a batch), by code. */
export async function actionsById(ctx: Context, ids: readonly string[]): Promise<Action[]> {
  const found = await ctx.loaders.action.loadMany(ids);
  return found.filter((a): a is Action => a instanceof Action).sort(byCode);
}
