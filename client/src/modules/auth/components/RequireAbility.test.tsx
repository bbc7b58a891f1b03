import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { theme } from '../../../app/theme';
import { viewerCan } from '../../../test/abilities';
import { CurrentUserContext, type CurrentUser, type ViewerAbility } from '../hooks/useCurrentUser';
import { RequireAbility } from './RequireAbility';

function open(granted: ViewerAbility[]) {
  const user: CurrentUser = {
    id: 'user-1',
    email: 'admin@spilno.test',
    name: 'Admin',
    role: 'ADMIN',
    organisation: null,
    viewerCan: viewerCan(...granted),
  };
  const router = createMemoryRouter(
    [
      {
        element: <RequireAbility ability="readAudit" />,
        children: [{ path: '/audit', element: <h1>Audit log page</h1> }],
      },
    ],
    { initialEntries: ['/audit'] },
  );
  render(
    <MantineProvider theme={theme} env="test">
      <CurrentUserContext value={user}>
        <RouterProvider router={router} />
      </CurrentUserContext>
    </MantineProvider>,
  );
}

describe('RequireAbility', () => {
  it('opens the page when the server grants the ability', () => {
    open(['readAudit']);
    expect(screen.getByRole('heading', { name: 'Audit log page' })).toBeInTheDocument();
  });

  it('shows the forbidden page otherwise, whatever the role and the other abilities', () => {
    open(['manageUsers', 'readPortfolio']);
    expect(screen.queryByRole('heading', { name: 'Audit log page' })).not.toBeInTheDocument();
  });
});
