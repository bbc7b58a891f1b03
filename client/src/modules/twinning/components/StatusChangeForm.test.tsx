import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ChangeTwinningStatusMutation } from '../graphql/twinning';
import { relationFixture } from '../testing';
import { StatusChangeForm } from './StatusChangeForm';

async function offered(status: 'PROPOSED' | 'ACTIVE' | 'TERMINATED') {
  const user = userEvent.setup();
  renderWithProviders(
    <StatusChangeForm
      relation={relationFixture({ status })}
      onChanged={() => undefined}
      onReload={() => undefined}
    />,
  );
  await user.click(screen.getByRole('combobox', { name: 'New status' }));
  return (await screen.findAllByRole('option')).map((option) => option.textContent);
}

describe('StatusChangeForm', () => {
  it.each([
    ['PROPOSED', ['Negotiating', 'Active', 'Terminated']],
    ['ACTIVE', ['Dormant', 'Terminated']],
    ['TERMINATED', ['Negotiating']],
  ] as const)('offers only the allowed moves from %s', async (status, expected) => {
    expect(await offered(status)).toEqual(expected);
  });

  it('sends the status, date and note with the version it read', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    const changed = relationFixture({ status: 'ACTIVE', version: 2 });
    renderWithProviders(
      <StatusChangeForm
        relation={relationFixture()}
        onChanged={onChanged}
        onReload={() => undefined}
      />,
      {
        mocks: [
          {
            request: {
              query: ChangeTwinningStatusMutation,
              variables: {
                id: 'relation-1',
                version: 1,
                status: 'ACTIVE',
                on: '2026-04-02',
                note: 'Signed in Kharkiv',
              },
            },
            result: { data: { changeTwinningStatus: changed } },
          },
        ],
      },
    );
    await user.click(screen.getByRole('combobox', { name: 'New status' }));
    await user.click(await screen.findByRole('option', { name: 'Active' }));
    const date = screen.getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '2026-04-02');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Signed in Kharkiv');
    await user.click(screen.getByRole('button', { name: 'Change the status' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(changed));
  });
});
