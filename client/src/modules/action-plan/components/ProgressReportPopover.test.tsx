import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ReportActionProgressMutation } from '../graphql/actionPlan';
import { planAction, withIdempotencyKey } from '../testing';
import { ProgressReportPopover } from './ProgressReportPopover';

const action = planAction({ id: 'a11', code: '1.1', progress: 40, version: 3 });

describe('ProgressReportPopover', () => {
  it('refuses progress outside 0–100 without sending anything', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    renderWithProviders(
      <ProgressReportPopover action={action} onSaved={onSaved} onReload={() => undefined} />,
    );
    await user.click(screen.getByRole('button', { name: 'Report progress on 1.1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Report progress on 1.1' });
    const input = screen.getByRole('textbox', { name: 'Progress, %' });
    expect(input).toHaveValue('40');

    await user.clear(input);
    await user.type(input, '150');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Out of the allowed range')).toBeInTheDocument();
    expect(dialog).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends a valid report with its note and closes', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    renderWithProviders(
      <ProgressReportPopover action={action} onSaved={onSaved} onReload={() => undefined} />,
      {
        mocks: [
          {
            request: {
              query: ReportActionProgressMutation,
              // Every report carries a fresh idempotency key, kept if it has to be queued.
              variables: withIdempotencyKey({
                id: 'a11',
                version: 3,
                progress: 75,
                status: null,
                note: 'Held',
              }),
            },
            result: { data: { reportActionProgress: { ...action, progress: 75, version: 4 } } },
          },
        ],
      },
    );
    await user.click(screen.getByRole('button', { name: 'Report progress on 1.1' }));
    const input = await screen.findByRole('textbox', { name: 'Progress, %' });
    await user.clear(input);
    await user.type(input, '75');
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'Held');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith('1.1'));
  });
});
