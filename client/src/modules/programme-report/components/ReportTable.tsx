import type { ReactNode } from 'react';

export interface ReportTableProps {
  caption: string;
  columns: string[];
  /** Indexes of the columns holding figures (right-aligned). */
  numeric?: number[];
  rows: { key: string; cells: ReactNode[] }[];
}

/** A plain document table: its header repeats on every printed page. */
export function ReportTable({ caption, columns, numeric = [], rows }: ReportTableProps) {
  const className = (index: number) => (numeric.includes(index) ? 'report-number' : undefined);
  return (
    <table aria-label={caption}>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={column} scope="col" className={className(index)}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) => (
              <td key={`${row.key}-${index}`} className={className(index)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
