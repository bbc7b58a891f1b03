import { ErrorCode, FieldMessage } from '@spilno/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { CsvImportDialog } from './CsvImportDialog';
import type { ImportPreviewData } from './ImportPreview';

const CSV = 'name,kind,country\nНова громада,TERRITORIAL_COMMUNITY,UA\nBad,CITY_COUNCIL,Ukraine\n';

const invalid: ImportPreviewData = {
  valid: false,
  creates: 1,
  updates: 0,
  unchanged: 0,
  rows: [
    { line: 2, action: 'CREATE', label: 'Нова громада', errors: [] },
    {
      line: 3,
      action: 'CREATE',
      label: 'Bad',
      errors: [{ field: 'country', message: FieldMessage.INVALID }],
    },
  ],
};

const valid: ImportPreviewData = {
  valid: true,
  creates: 1,
  updates: 1,
  unchanged: 0,
  rows: [
    { line: 2, action: 'CREATE', label: 'Нова громада', errors: [] },
    { line: 3, action: 'UPDATE', label: 'Харківська міська рада', errors: [] },
  ],
};

function renderDialog(preview: (csv: string) => Promise<ImportPreviewData>) {
  const commit = vi.fn(async () => valid);
  renderWithProviders(
    <CsvImportDialog
      opened
      onClose={vi.fn()}
      title="Import organisations"
      preview={preview}
      commit={commit}
    />,
  );
  return { commit };
}

async function chooseFile(text = CSV) {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText('CSV file'),
    new File([text], 'organisations.csv', { type: 'text/csv' }),
  );
  return user;
}

describe('CsvImportDialog', () => {
  it('lists every bad row by line and field and keeps the import disabled', async () => {
    const preview = vi.fn(async () => invalid);
    const { commit } = renderDialog(preview);

    await chooseFile();

    const table = await screen.findByRole('table', { name: 'Rows of the file' });
    expect(preview).toHaveBeenCalledWith(CSV);
    const bad = within(table).getByRole('row', { name: /Bad/ });
    expect(within(bad).getByText('3')).toBeVisible();
    expect(within(bad).getByText('country: Invalid value')).toBeVisible();
    expect(within(table).getByRole('row', { name: /Нова громада/ })).toHaveTextContent('Create');
    expect(screen.getByText(/Rows with errors: 1\. Nothing has been written/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(commit).not.toHaveBeenCalled();
  });

  it('imports a valid file and reports what was done', async () => {
    const { commit } = renderDialog(async () => valid);

    const user = await chooseFile();
    const importButton = screen.getByRole('button', { name: 'Import' });
    await waitFor(() => expect(importButton).toBeEnabled());
    await user.click(importButton);

    expect(commit).toHaveBeenCalledWith(CSV);
    expect(await screen.findByText('Created: 1, updated: 1, unchanged: 0.')).toBeVisible();
  });

  it('explains a file without a required column', async () => {
    renderDialog(async () => {
      throw new CombinedGraphQLErrors({
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: ErrorCode.BAD_USER_INPUT,
              fields: [{ field: 'csv.kind', message: FieldMessage.REQUIRED }],
            },
          },
        ],
      });
    });

    await chooseFile('name,country\nX,UA\n');

    expect(await screen.findByText('The file has no “kind” column.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });
});
