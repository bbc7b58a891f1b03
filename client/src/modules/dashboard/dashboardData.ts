/** Shapes the dashboard's figures for charts and tables; no React, so it is tested alone. */

export interface QuarterCount {
  quarter: string;
  count: number;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Every quarter from `first` to `last` (e.g. 2026-Q4 … 2027-Q2), so gaps show as gaps. */
export function quarterRange(first: string, last: string): string[] {
  const from = QUARTER.exec(first);
  const to = QUARTER.exec(last);
  if (!from || !to) return [...new Set([first, last])];
  const index = (year: string, quarter: string) => Number(year) * 4 + Number(quarter) - 1;
  const start = index(from[1]!, from[2]!);
  const end = index(to[1]!, to[2]!);
  const quarters: string[] = [];
  for (let i = start; i <= end; i += 1) quarters.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return quarters;
}

export type QuarterRow = { quarter: string } & Record<string, number | string>;

/**
 * One row per quarter with a count per series (event type, or organising side): the shape
 * of a stacked bar chart and of its table. Series with no event are left out.
 */
export function pivotByQuarter<T extends QuarterCount>(
  counts: readonly T[],
  seriesOf: (count: T) => string,
): { series: string[]; rows: QuarterRow[] } {
  if (counts.length === 0) return { series: [], rows: [] };
  const sorted = [...counts].sort((a, b) => a.quarter.localeCompare(b.quarter));
  const quarters = quarterRange(sorted[0]!.quarter, sorted.at(-1)!.quarter);
  const series = [...new Set(counts.map(seriesOf))];
  const rows = quarters.map((quarter) => {
    const row: QuarterRow = { quarter };
    for (const name of series) row[name] = 0;
    return row;
  });
  const byQuarter = new Map(rows.map((row) => [row.quarter, row]));
  for (const count of counts) {
    const row = byQuarter.get(count.quarter);
    const name = seriesOf(count);
    if (row) row[name] = Number(row[name] ?? 0) + count.count;
  }
  return { series, rows };
}

/** Each side's share of a total in per cent (0 for every side when the total is 0). */
export function shares(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return values.map((value) => (total > 0 ? Math.round((1000 * value) / total) / 10 : 0));
}

/** Bar labels for a quarter key, e.g. "Q2 2026". */
export function quarterLabel(quarter: string): string {
  const match = QUARTER.exec(quarter);
  return match ? `Q${match[2]} ${match[1]}` : quarter;
}
