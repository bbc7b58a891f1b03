import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { viewerCan } from '../../test/abilities';
import { NavigationLinks } from './NavigationLinks';

const EVERYONE = ['Overview', 'Programmes', 'Organisations', 'Twinning'];
const GUARDED = {
  Users: 'manageUsers',
  'Audit log': 'readAudit',
  Portfolio: 'readPortfolio',
} as const;

describe('NavigationLinks', () => {
  it('shows every section to a viewer granted every ability', () => {
    renderWithProviders(
      <NavigationLinks abilities={viewerCan('manageUsers', 'readAudit', 'readPortfolio')} />,
    );
    for (const name of [...EVERYONE, ...Object.keys(GUARDED)]) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('shows only the common sections to a viewer granted none', () => {
    renderWithProviders(<NavigationLinks abilities={viewerCan()} />);
    for (const name of EVERYONE) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
    for (const name of Object.keys(GUARDED)) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
  });

  it.each(Object.entries(GUARDED))('shows %s exactly when %s is granted', (name, ability) => {
    const { unmount } = renderWithProviders(<NavigationLinks abilities={viewerCan(ability)} />);
    expect(screen.getByRole('link', { name })).toBeInTheDocument();
    for (const other of Object.keys(GUARDED).filter((key) => key !== name)) {
      expect(screen.queryByRole('link', { name: other })).not.toBeInTheDocument();
    }
    unmount();
  });

  it('links the portfolio to its page', () => {
    renderWithProviders(<NavigationLinks abilities={viewerCan('readPortfolio')} />);
    expect(screen.getByRole('link', { name: 'Portfolio' })).toHaveAttribute('href', '/portfolio');
  });

  it('marks the current section', () => {
    renderWithProviders(<NavigationLinks abilities={viewerCan()} />, { route: '/programmes/3' });
    expect(screen.getByRole('link', { name: 'Programmes' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });
});
