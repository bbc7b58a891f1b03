import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DataTableProps extends Omit<TableProps, 'children'> {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Above this height the rows scroll; pair it with `stickyHeader` to keep the headings. */
  maxHeight?: number;
  /** The column headings; `false` leaves a column out, e.g. actions for readers who may not edit. */
  columns: readonly (string | false)[];
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
            {columns.map((column, index) =>
              column === false ? null : (
                <Table.Th key={index} scope="col">
                  {column}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
