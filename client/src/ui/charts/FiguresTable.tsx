import { Table } from '@mantine/core';

export interface FigureRow {
  key: string;
  header: string;
  cells: string[];
}

export interface FiguresTableProps {
  caption: string;
  columns: string[];
  rows: FigureRow[];
}

/** A chart's figures as a visible table, with row and column headers. */
export function FiguresTable({ caption, columns, rows }: FiguresTableProps) {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder captionSide="top" fz="sm">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => (
              <Table.Th key={column} scope="col" ta={index === 0 ? 'left' : 'right'}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.header}
              </Table.Th>
              {row.cells.map((cell, index) => (
                <Table.Td key={`${row.key}-${index}`} ta="right">
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
