import { Role } from '@spilno/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { viewerCan } from '../../test/abilities';
import { renderWithProviders } from '../../test/render';
import { UserMenu } from './UserMenu';

const USER = {
  __typename: 'User' as const,
  id: '1',
  email: 'olena@spilno.test',
  name: 'Olena Koval',
  role: Role.COORDINATOR,
  organisation: null,
  viewerCan: viewerCan(),
};

describe('UserMenu', () => {
  it('opens on the first click and gives the focus back to its button when closed', async () => {
    renderWithProviders(<UserMenu user={USER} />);
    const button = screen.getByRole('button', { name: /Olena Koval/ });
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await userEvent.click(button);

    // The first import of the menu's code transforms Mantine's popover modules: slow on a busy machine.
    expect(await screen.findByRole('menu', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByText(/olena@spilno\.test/)).toBeInTheDocument();

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: /Olena Koval/ })).toHaveFocus();
  });
});
