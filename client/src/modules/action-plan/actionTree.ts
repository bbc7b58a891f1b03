/** What ordering and nesting need of an action; the rest travels along untouched. */
export interface TreeAction {
  id: string;
  code: string;
  parent: { id: string } | null;
}

export interface ActionNode<A extends TreeAction> {
  action: A;
  depth: number;
  children: ActionNode<A>[];
}

/** A node as a visible table row. */
export interface ActionRowItem<A extends TreeAction> {
  action: A;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

const segmentCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Natural order of outline codes, segment by segment: 1 < 1.1 < 1.2 < 1.10 < 2 < 10.
 * A plain string sort would put 1.10 before 1.2 and 10 before 2.
 */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  const shared = Math.min(left.length, right.length);
  for (let index = 0; index < shared; index += 1) {
    const order = segmentCollator.compare(left[index] ?? '', right[index] ?? '');
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

function byCode<A extends TreeAction>(x: ActionNode<A>, y: ActionNode<A>): number {
  return compareCodes(x.action.code, y.action.code);
}

/**
 * The plan as a forest ordered by code at every level. An action whose parent is not in
 * the list (or that would close a loop) becomes a root, so nothing ever disappears.
 */
export function buildActionTree<A extends TreeAction>(actions: readonly A[]): ActionNode<A>[] {
  const nodes = new Map<string, ActionNode<A>>();
  for (const action of actions) nodes.set(action.id, { action, depth: 0, children: [] });

  const roots: ActionNode<A>[] = [];
  for (const node of nodes.values()) {
    const parent = node.action.parent ? nodes.get(node.action.parent.id) : undefined;
    if (parent && !isAncestor(node, parent, nodes)) parent.children.push(node);
    else roots.push(node);
  }

  const place = (level: ActionNode<A>[], depth: number) => {
    level.sort(byCode);
    for (const node of level) {
      node.depth = depth;
      place(node.children, depth + 1);
    }
  };
  place(roots, 0);
  return roots;
}

/** Whether `node` is `candidate` or one of its ancestors (a loop in bad data). */
function isAncestor<A extends TreeAction>(
  node: ActionNode<A>,
  candidate: ActionNode<A>,
  nodes: Map<string, ActionNode<A>>,
): boolean {
  const seen = new Set<string>();
  let current: ActionNode<A> | undefined = candidate;
  while (current && !seen.has(current.action.id)) {
    if (current === node) return true;
    seen.add(current.action.id);
    current = current.action.parent ? nodes.get(current.action.parent.id) : undefined;
  }
  return false;
}

/** The rows a reader sees: every root, and the children of expanded nodes, in tree order. */
export function visibleRows<A extends TreeAction>(
  roots: readonly ActionNode<A>[],
  isCollapsed: (id: string) => boolean,
): ActionRowItem<A>[] {
  const rows: ActionRowItem<A>[] = [];
  const walk = (level: readonly ActionNode<A>[]) => {
    for (const node of level) {
      const hasChildren = node.children.length > 0;
      const expanded = hasChildren && !isCollapsed(node.action.id);
      rows.push({ action: node.action, depth: node.depth, hasChildren, expanded });
      if (expanded) walk(node.children);
    }
  };
  walk(roots);
  return rows;
}

/** Ids of the action and all its descendants: none of them can become its parent. */
export function selfAndDescendants<A extends TreeAction>(
  actions: readonly A[],
  id: string,
): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const action of actions) {
      if (action.parent && result.has(action.parent.id) && !result.has(action.id)) {
        result.add(action.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Every action in tree order (depth-first, by code), e.g. for a parent select. */
export function inTreeOrder<A extends TreeAction>(actions: readonly A[]): ActionRowItem<A>[] {
  return visibleRows(buildActionTree(actions), () => false);
}

/** Whether the action has sub-actions, so its progress is their weighted roll-up. */
export function isDerived(action: { childCount: number }): boolean {
  return action.childCount > 0;
}

/**
 * Whether a node's sub-actions are still to be loaded: it has some, none came with it. The
 * server sends whole levels, so a node has either all its sub-actions or none of them.
 */
export function awaitsChildren<A extends TreeAction & { childCount: number }>(
  node: ActionNode<A>,
): boolean {
  return node.action.childCount > 0 && node.children.length === 0;
}

/** Whether a list of actions holds the sub-actions of every action in it. */
export function isOutlineComplete(
  actions: readonly (TreeAction & { childCount: number })[],
): boolean {
  const parents = new Set(actions.map((action) => action.parent?.id));
  return actions.every((action) => action.childCount === 0 || parents.has(action.id));
}
