/** Orders the plan for print: each action followed by its sub-actions, by code, with depth. */

export interface PlanNode {
  id: string;
  code: string;
  parent: { id: string } | null;
}

const byCode = (a: PlanNode, b: PlanNode) =>
  a.code.localeCompare(b.code, undefined, { numeric: true });

export function planInReadingOrder<T extends PlanNode>(
  actions: readonly T[],
): (T & { depth: number })[] {
  const ids = new Set(actions.map((a) => a.id));
  const children = new Map<string | null, T[]>();
  for (const action of actions) {
    const parent = action.parent && ids.has(action.parent.id) ? action.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), action]);
  }
  const rows: (T & { depth: number })[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const action of [...(children.get(parent) ?? [])].sort(byCode)) {
      rows.push({ ...action, depth });
      visit(action.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
