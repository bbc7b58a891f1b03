import { Table } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { DataTable } from './DataTable';

describe('DataTable', () => {
  it('heads each column, leaves out the ones given as false, and holds the rows', () => {
    renderWithProviders(
      <DataTable minWidth={400} aria-label="People" columns={['Name', false, 'Role']}>
        <Table.Tr>
          <Table.Td>Olena</Table.Td>
          <Table.Td>Coordinator</Table.Td>
        </Table.Tr>
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'People' });
    const headings = within(table).getAllByRole('columnheader');
    expect(headings.map((heading) => heading.textContent)).toEqual(['Name', 'Role']);
    expect(within(table).getByRole('cell', { name: 'Olena' })).toBeInTheDocument();
  });

  it('sets a numeric column flush right', () => {
    renderWithProviders(
      <DataTable
        minWidth={400}
        aria-label="Budget"
        columns={['Item', { label: 'Sum', numeric: true }]}
      >
        <Table.Tr>
          <Table.Td>Hall</Table.Td>
          <Table.Td>100</Table.Td>
        </Table.Tr>
      </DataTable>,
    );
    const [item, sum] = screen.getAllByRole('columnheader');
    expect(sum).toHaveTextContent('Sum');
    expect(sum!.style.textAlign).toBe('right');
    expect(item!.style.textAlign).toBe('');
  });
});
