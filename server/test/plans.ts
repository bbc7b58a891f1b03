import type { DataSource } from 'typeorm';

/** One read of a table in an executed plan: how, through which index, how many rows. */
export interface TableRead {
  table: string;
  node: string;
  index: string | null;
  rows: number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/**
 * Every table read by `query` as the database runs it (EXPLAIN ANALYZE), with the rows each
 * read returned over all its loops. A bitmap scan is one read, through its index.
 */
export async function tableReads(
  ds: DataSource,
  query: string,
  parameters: unknown[],
): Promise<TableRead[]> {
  const indexes = new Map(
    (
      await ds.query<{ indexname: string; tablename: string }[]>(
        `SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 'public'`,
      )
    ).map((row) => [row.indexname, row.tablename]),
  );
  const [row] = await ds.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }[]>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${query}`,
    parameters,
  );
  const explained = row!['QUERY PLAN'];
  const [{ Plan: root }] = typeof explained === 'string' ? JSON.parse(explained) : explained;
  const reads: TableRead[] = [];
  // Newer servers give the rows per loop as a rounded mean.
  const rowsOf = (node: PlanNode) =>
    Math.round((node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1));
  const visit = (node: PlanNode) => {
    const children = node.Plans ?? [];
    const table = node['Relation Name'] ?? indexes.get(node['Index Name'] ?? '');
    if (table && node['Node Type'] !== 'Bitmap Index Scan') {
      const bitmap = children.find((child) => child['Node Type'] === 'Bitmap Index Scan');
      const index = node['Index Name'] ?? bitmap?.['Index Name'] ?? null;
      reads.push({ table, node: node['Node Type'], index, rows: rowsOf(node) });
    }
    children.forEach(visit);
  };
  visit(root);
  return reads;
}
