import { localToday } from '@spilno/shared';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ChangeTwinningStatusMutation } from '../graphql/twinning';
import { typed } from '../../../test/fixtures';
import { relationFixture } from '../testing';
import { StatusChangeForm } from './StatusChangeForm';

type Status = 'NEGOTIATING' | 'ACTIVE' | 'DORMANT' | 'TERMINATED';

function renderFor(statuses: Status[], status: 'PROPOSED' | 'ACTIVE' = 'PROPOSED') {
  return renderWithProviders(
    <StatusChangeForm
      relation={relationFixture({
        status,
        viewerCan: typed('TwinningAbilities', { edit: true, statuses, moveProgramme: false }),
      })}
      onChanged={() => undefined}
      onReload={() => undefined}
    />,
  );
}

async function offered(statuses: Status[], status: 'PROPOSED' | 'ACTIVE' = 'PROPOSED') {
  const user = userEvent.setup();
  renderFor(statuses, status);
  await user.click(screen.getByRole('combobox', { name: 'New status' }));
  return (await screen.findAllByRole('option')).map((option) => option.textContent);
}

describe('StatusChangeForm', () => {
  it('offers the council that proposed a relation no way to sign it itself', async () => {
    expect(await offered(['NEGOTIATING', 'TERMINATED'])).toEqual(['Negotiating', 'Terminated']);
  });

  it('offers the other council, or a coordinator, every move the server allows', async () => {
    expect(await offered(['NEGOTIATING', 'ACTIVE', 'TERMINATED'])).toEqual([
      'Negotiating',
      'Active',
      'Terminated',
    ]);
    cleanup();
    expect(await offered(['DORMANT', 'TERMINATED'], 'ACTIVE')).toEqual(['Dormant', 'Terminated']);
  });

  it('shows nothing to someone who may move it nowhere', () => {
    renderFor([]);
    expect(screen.queryByRole('combobox', { name: 'New status' })).toBeNull();
  });

  it('refuses a date later than today, and offers none in the picker', async () => {
    const user = userEvent.setup();
    renderFor(['NEGOTIATING']);
    const date = screen.getByLabelText(/^Date/);
    expect(date).toHaveAttribute('max', localToday());
    await user.click(screen.getByRole('combobox', { name: 'New status' }));
    await user.click(await screen.findByRole('option', { name: 'Negotiating' }));
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Change the status' }));
    expect(await screen.findByText('Cannot be later than today')).toBeInTheDocument();
  });

  it('sends the status, date and note with the version it read', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    const changed = relationFixture({ status: 'ACTIVE', version: 2 });
    const counterpart = typed('TwinningAbilities', {
      edit: true,
      statuses: ['ACTIVE' as const],
      moveProgramme: false,
    });
    renderWithProviders(
      <StatusChangeForm
        relation={relationFixture({ viewerCan: counterpart })}
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
