import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@spilno/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { ErrorAlert } from './ErrorAlert';

function conflict(updatedBy: string | null) {
  return new CombinedGraphQLErrors({
    errors: [{ message: 'changed', extensions: { code: ErrorCode.CONFLICT, updatedBy } }],
  });
}

describe('ErrorAlert on CONFLICT', () => {
  it('names who changed the record and offers a reload', async () => {
    const onReload = vi.fn();
    renderWithProviders(<ErrorAlert error={conflict('Olena Koval')} onReload={onReload} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Changed by Olena Koval meanwhile — reload to see the latest version.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('falls back to the general message when the server does not know who', () => {
    renderWithProviders(<ErrorAlert error={conflict(null)} onReload={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/Someone changed this meanwhile/);
  });
});

describe('ErrorAlert on UNAVAILABLE', () => {
  it('says the service is retrying and offers to try again now', async () => {
    const onRetry = vi.fn();
    const unavailable = new CombinedGraphQLErrors({
      errors: [{ message: 'unavailable', extensions: { code: ErrorCode.UNAVAILABLE } }],
    });
    renderWithProviders(<ErrorAlert error={unavailable} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The service is unavailable for a moment. Retrying shortly…',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
