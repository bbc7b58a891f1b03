import type { TwinningStatusValue } from './twinningStatus';

export interface DiagramParty {
  id: string;
  name: string;
  country: string;
}

export interface DiagramRelation {
  id: string;
  status: TwinningStatusValue;
  a: DiagramParty;
  b: DiagramParty;
}

export type Column = 'left' | 'right';

export interface DiagramNode {
  /** Unique per column: the same organisation may stand in both. */
  key: string;
  party: DiagramParty;
  column: Column;
  /** Position in its column, from the top. */
  row: number;
  /** Centre of the node's row, in picture units. */
  y: number;
}

export interface DiagramEdge {
  relationId: string;
  status: TwinningStatusValue;
  left: DiagramNode;
  right: DiagramNode;
}

export interface DiagramLayout {
  /** The country the left column stands for; the right one holds the others. */
  leftCountry: string;
  rightCountries: string[];
  left: DiagramNode[];
  right: DiagramNode[];
  edges: DiagramEdge[];
  height: number;
}

export interface LayoutOptions {
  /** The side shown on the left when it takes part, e.g. a programme's first side. */
  preferredCountry?: string | null;
  rowHeight?: number;
  /** Room above the first row, for the column titles. */
  top?: number;
  /** How names compare, in the interface language. */
  compare?: (a: string, b: string) => number;
}

/**
 * The country the left column stands for: the preferred one when some relation has a party
 * there, otherwise the country most parties are from (alphabetical on a tie).
 */
export function chooseLeftCountry(
  relations: readonly DiagramRelation[],
  preferred?: string | null,
): string {
  const counts = new Map<string, number>();
  for (const { a, b } of relations) {
    for (const party of [a, b]) counts.set(party.country, (counts.get(party.country) ?? 0) + 1);
  }
  if (preferred && counts.has(preferred)) return preferred;
  return (
    [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? ''
  );
}

/** Which party faces which: the left country's on the left, else A on the left. */
export function orient(
  relation: DiagramRelation,
  leftCountry: string,
): [DiagramParty, DiagramParty] {
  const { a, b } = relation;
  if (a.country !== leftCountry && b.country === leftCountry) return [b, a];
  return [a, b];
}

/** Mean row of a node's neighbours; nodes without any keep their own row. */
function barycentre(
  key: string,
  own: number,
  neighbours: Map<string, string[]>,
  rows: Map<string, number>,
): number {
  const linked = (neighbours.get(key) ?? []).map((k) => rows.get(k) ?? 0);
  return linked.length ? linked.reduce((s, r) => s + r, 0) / linked.length : own;
}

/** Orders `keys` by the barycentre of their neighbours in the other column, then by name. */
function reorder(
  keys: string[],
  neighbours: Map<string, string[]>,
  otherRows: Map<string, number>,
  names: Map<string, string>,
  compare: (a: string, b: string) => number,
): string[] {
  const score = new Map(
    keys.map((key, index) => [key, barycentre(key, index, neighbours, otherRows)]),
  );
  return [...keys].sort(
    (x, y) =>
      (score.get(x) ?? 0) - (score.get(y) ?? 0) || compare(names.get(x) ?? '', names.get(y) ?? ''),
  );
}

const rowsOf = (keys: string[]) => new Map(keys.map((key, index) => [key, index]));

/**
 * Lays the relations out as two columns of organisations facing each other, one line per
 * relation. Rows are ordered to cross as few lines as they can (two sweeps of the barycentre
 * heuristic, from names in alphabetical order); the shorter column is centred.
 */
export function layoutDiagram(
  relations: readonly DiagramRelation[],
  options: LayoutOptions = {},
): DiagramLayout {
  const { rowHeight = 36, top = 48, compare = (a, b) => a.localeCompare(b) } = options;
  const leftCountry = chooseLeftCountry(relations, options.preferredCountry);
  const parties = new Map<string, DiagramParty>();
  const names = new Map<string, string>();
  const neighbours = new Map<string, string[]>();
  const pairs: { relation: DiagramRelation; left: string; right: string }[] = [];
  const link = (from: string, to: string) =>
    neighbours.set(from, [...(neighbours.get(from) ?? []), to]);
  for (const relation of relations) {
    const [l, r] = orient(relation, leftCountry);
    const left = `left:${l.id}`;
    const right = `right:${r.id}`;
    for (const [key, party] of [
      [left, l],
      [right, r],
    ] as const) {
      parties.set(key, party);
      names.set(key, party.name);
    }
    link(left, right);
    link(right, left);
    pairs.push({ relation, left, right });
  }
  const byName = (keys: string[]) =>
    keys.sort((x, y) => compare(names.get(x) ?? '', names.get(y) ?? '') || x.localeCompare(y));
  let left = byName([...parties.keys()].filter((k) => k.startsWith('left:')));
  let right = byName([...parties.keys()].filter((k) => k.startsWith('right:')));
  for (let sweep = 0; sweep < 2; sweep += 1) {
    right = reorder(right, neighbours, rowsOf(left), names, compare);
    left = reorder(left, neighbours, rowsOf(right), names, compare);
  }
  const rows = Math.max(left.length, right.length);
  const place = (keys: string[], column: Column): DiagramNode[] => {
    const offset = ((rows - keys.length) * rowHeight) / 2;
    return keys.map((key, row) => ({
      key,
      party: parties.get(key) as DiagramParty,
      column,
      row,
      y: top + offset + row * rowHeight + rowHeight / 2,
    }));
  };
  const leftNodes = place(left, 'left');
  const rightNodes = place(right, 'right');
  const nodes = new Map([...leftNodes, ...rightNodes].map((node) => [node.key, node]));
  const edges = pairs.map(({ relation, left: l, right: r }) => ({
    relationId: relation.id,
    status: relation.status,
    left: nodes.get(l) as DiagramNode,
    right: nodes.get(r) as DiagramNode,
  }));
  const rightCountries = [...new Set(rightNodes.map((n) => n.party.country))].sort();
  return {
    leftCountry,
    rightCountries,
    left: leftNodes,
    right: rightNodes,
    edges,
    height: top + rows * rowHeight + 16,
  };
}

/** Cuts a name to `max` characters with an ellipsis; the full name stays in the title. */
export function shorten(name: string, max: number): string {
  const chars = Array.from(name);
  return chars.length <= max
    ? name
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Crossings between the lines of a layout: a measure the ordering is tested against. */
export function crossings(layout: DiagramLayout): number {
  let count = 0;
  layout.edges.forEach((e, i) => {
    for (const f of layout.edges.slice(i + 1)) {
      if ((e.left.row - f.left.row) * (e.right.row - f.right.row) < 0) count += 1;
    }
  });
  return count;
}
