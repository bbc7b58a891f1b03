import { Role } from '@spilno/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { NavigationLinks } from './NavigationLinks';

const EVERYONE = ['Overview', 'Programmes', 'Organisations', 'Twinning'];
const ADMIN_ONLY = ['Users', 'Audit log'];

describe('NavigationLinks', () => {
  it('shows the administration sections to an administrator', () => {
    renderWithProviders(<NavigationLinks role={Role.ADMIN} />);
    for (const name of [...EVERYONE, ...ADMIN_ONLY]) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it.each([Role.COORDINATOR, Role.PARTNER, Role.OBSERVER])(
    'shows only the common sections to %s',
    (role) => {
      renderWithProviders(<NavigationLinks role={role} />);
      for (const name of EVERYONE) {
        expect(screen.getByRole('link', { name })).toBeInTheDocument();
      }
      for (const name of ADMIN_ONLY) {
        expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
      }
    },
  );

  it.each([Role.ADMIN, Role.COORDINATOR, Role.OBSERVER])('offers the portfolio to %s', (role) => {
    renderWithProviders(<NavigationLinks role={role} />);
    expect(screen.getByRole('link', { name: 'Portfolio' })).toHaveAttribute('href', '/portfolio');
  });

  it('offers no portfolio to partners', () => {
    renderWithProviders(<NavigationLinks role={Role.PARTNER} />);
    expect(screen.queryByRole('link', { name: 'Portfolio' })).not.toBeInTheDocument();
  });

  it('marks the current section', () => {
    renderWithProviders(<NavigationLinks role={Role.OBSERVER} />, { route: '/programmes/3' });
    expect(screen.getByRole('link', { name: 'Programmes' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });
});
