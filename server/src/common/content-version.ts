import type { DataSource } from 'typeorm';

/**
 * The rows of one table that an export reads, as a FROM clause whose rows are aliased `t`, e.g.
 * `event_attendance t JOIN event e ON e.id = t."eventId" WHERE e."programmeId" = $1`.
 */
export interface ReadRows {
  table: string;
  rows: string;
}

/**
 * A version of everything an export reads, in one statement, that changes whenever any of it
 * changes: per table, the `xmin` of each row read, as a sorted list. Every insert or update
 * writes a row version stamped with the id of its transaction, which no committed row carried
 * before, and a delete shortens the list. That holds for join tables, which have no
 * `updatedAt`, and for statements that set no `updatedAt` as much as for the others. `extras`
 * are further SQL values the export depends on, such as a count that moves with the clock.
 */
export async function contentVersion(
  dataSource: DataSource,
  reads: readonly ReadRows[],
  parameters: unknown[],
  extras: readonly string[] = [],
): Promise<string> {
  const parts = [
    ...reads.map(
      (read) =>
        `(SELECT coalesce(string_agg(t.xmin::text, ',' ORDER BY t.xmin::text::bigint), '')
            FROM ${read.rows})`,
    ),
    ...extras.map((sql) => `(${sql})::text`),
  ];
  const [row] = await dataSource.query<{ version: string }[]>(
    `SELECT md5(concat_ws('|', ${parts.join(', ')})) AS version`,
    parameters,
  );
  if (!row) throw new Error('the content version statement returned no row');
  return row.version;
}
