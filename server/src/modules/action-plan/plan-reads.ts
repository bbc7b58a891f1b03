import type { DataSource } from 'typeorm';
import type { Context } from '../../common/context';
import { byCode, childrenOf, PLAN_NODE_COLUMNS, rollUp, type TreeNode } from './action-tree';
import { Action } from './action.entity';

export type PlanNode = Pick<Action, (typeof PLAN_NODE_COLUMNS)[number]>;

const NODE_SELECT = PLAN_NODE_COLUMNS.map((column) => `"${column}"`).join(', ');

/**
 * The plan nodes of several programmes in one statement, as plain rows: a tree of thousands
 * of actions is read on every plan page, and building entities of it would cost more than
 * reading it. The driver gives the columns their types (dates stay YYYY-MM-DD strings).
 */
export async function readPlanNodes(
  dataSource: DataSource,
  programmeIds: readonly string[],
): Promise<PlanNode[][]> {
  const rows: PlanNode[] = await dataSource.query(
    `SELECT ${NODE_SELECT} FROM "action" WHERE "programmeId" = ANY($1)`,
    [[...programmeIds]],
  );
  const groups = new Map<string, PlanNode[]>(programmeIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row.programmeId)?.push(row);
  return programmeIds.map((id) => groups.get(id) ?? []);
}

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
const readyIndexes = new WeakMap<Context['loaders'], Map<string, PlanIndex>>();
export async function planIndex(ctx: Context, programmeId: string): Promise<PlanIndex> {
  const nodes = await ctx.loaders.planNodes.load(programmeId);
  let index = indexes.get(nodes);
  if (!index) {
    index = { progress: rollUp(nodes), children: childrenOf(nodes) };
    indexes.set(nodes, index);
    let ready = readyIndexes.get(ctx.loaders);
    if (!ready) readyIndexes.set(ctx.loaders, (ready = new Map()));
    ready.set(programmeId, index);
  }
  return index;
}

/**
 * A figure of the request's plan index: at once when the index is built (as it is for every
 * action of a plan but the first), so hundreds of actions' figures cost no promise each.
 */
export function fromPlanIndex<T>(
  ctx: Context,
  programmeId: string,
  read: (index: PlanIndex) => T,
): T | Promise<T> {
  const index = readyIndexes.get(ctx.loaders)?.get(programmeId);
  return index ? read(index) : planIndex(ctx, programmeId).then(read);
}

/** Actions by id through the request's loader (one statement a batch), by code. */
export async function actionsById(ctx: Context, ids: readonly string[]): Promise<Action[]> {
  const found = await ctx.loaders.action.loadMany(ids);
  return found.filter((a): a is Action => a instanceof Action).sort(byCode);
}
