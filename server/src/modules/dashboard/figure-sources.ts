import type { ProgrammeBudget, Action } from '../action-plan/public';

/** What the dashboard reads of each action (the plan's node columns). */
export type PlanNode = Pick<
  Action,
  'id' | 'parentId' | 'code' | 'title' | 'status' | 'ownProgress' | 'weight' | 'dueOn'
>;

/**
 * The request's loaders that several figures read, so a table two figures need (the action
 * tree for the counts and the top actions, the budget for its field and the balance) is read
 * once per request rather than once per figure. `ctx.loaders` is one.
 */
export interface FigureSources {
  planNodes: { load(programmeId: string): Promise<readonly PlanNode[]> };
  budget: { load(programmeId: string): Promise<ProgrammeBudget | null> };
}
