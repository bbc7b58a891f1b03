import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column's heading; a numeric column is set flush right, like its figures. */
export type DataColumn = string | { label: string; numeric?: boolean };

export interface DataTableProps extends Omit<TableProps, 'children'> {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Above this height the rows scroll; pair it with `stickyHeader` to keep the headings. */
  maxHeight?: number;
  /** The column headings; `false` leaves a column out, e.g. actions for readers who may not edit. */
  columns: readonly (DataColumn | false)[];
  /** The rows (`Table.Tr`), one per record. */
  children: ReactNode;
}

/**
 * A table of records with a heading for each column, scrolling sideways on narrow screens. Name
 * it with `aria-label` or `aria-labelledby`, as screen readers list tables by their names.
 */
export function DataTable({ minWidth, maxHeight, columns, children, ...table }: DataTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} maxHeight={maxHeight}>
      <Table {...table}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => {
              if (column === false) return null;
              const { label, numeric } = typeof column === 'string' ? { label: column } : column;
              return (
                <Table.Th key={index} scope="col" ta={numeric ? 'right' : undefined}>
                  {label}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
