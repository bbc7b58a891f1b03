import { ProgrammeStatus } from '@spilno/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { UpdateProgrammeMutation } from '../graphql/programmes';
import { programmeFixture } from '../testing';
import { ProgrammeStatusControl } from './ProgrammeStatusControl';

async function offeredStatuses(status: ProgrammeStatus): Promise<string[]> {
  const user = userEvent.setup();
  renderWithProviders(
    <ProgrammeStatusControl programme={{ id: 'programme-1', version: 3, status }} />,
  );
  await user.click(screen.getByRole('combobox', { name: 'Change status to' }));
  return (await screen.findAllByRole('option')).map((option) => option.textContent ?? '');
}

describe('ProgrammeStatusControl', () => {
  it.each([
    [ProgrammeStatus.DRAFT, ['Active']],
    [ProgrammeStatus.ACTIVE, ['Completed', 'Suspended']],
    [ProgrammeStatus.SUSPENDED, ['Active', 'Completed']],
  ])('offers only the allowed moves from %s', async (status, expected) => {
    expect(await offeredStatuses(status)).toEqual(expected);
  });

  it('offers nothing once a programme is completed', () => {
    renderWithProviders(
      <ProgrammeStatusControl
        programme={{ id: 'programme-1', version: 3, status: ProgrammeStatus.COMPLETED }}
      />,
    );
    expect(screen.queryByRole('combobox', { name: 'Change status to' })).not.toBeInTheDocument();
    expect(screen.getByText('A completed programme cannot change its status.')).toBeVisible();
  });

  it('sends the chosen status with the version it read', async () => {
    const user = userEvent.setup();
    let sent = false;
    renderWithProviders(
      <ProgrammeStatusControl
        programme={{ id: 'programme-1', version: 3, status: ProgrammeStatus.ACTIVE }}
      />,
      {
        mocks: [
          {
            request: {
              query: UpdateProgrammeMutation,
              variables: { id: 'programme-1', version: 3, input: { status: 'SUSPENDED' } },
            },
            result: () => {
              sent = true;
              return {
                data: {
                  updateProgramme: programmeFixture({ status: 'SUSPENDED', version: 4 }),
                },
              };
            },
          },
        ],
      },
    );
    const change = screen.getByRole('button', { name: 'Change status' });
    expect(change).toBeDisabled();
    await user.click(screen.getByRole('combobox', { name: 'Change status to' }));
    await user.click(await screen.findByRole('option', { name: 'Suspended' }));
    await user.click(change);
    await waitFor(() => expect(sent).toBe(true));
  });
});
