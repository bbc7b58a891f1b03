import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { SectionPanel } from './SectionPanel';

describe('SectionPanel', () => {
  it('is a region named by its heading, with the button beside it', async () => {
    const onClick = vi.fn();
    renderWithProviders(
      <SectionPanel headingId="h" heading="Members" action={{ label: 'Add', onClick }}>
        <p>Body</p>
      </SectionPanel>,
    );
    const region = screen.getByRole('region', { name: 'Members' });
    expect(region).toHaveTextContent('Body');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('shows no button without an action', () => {
    renderWithProviders(
      <SectionPanel headingId="h" heading="Sides" action={null}>
        <p>Body</p>
      </SectionPanel>,
    );
    expect(screen.getByRole('region', { name: 'Sides' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('disables the button when its action is disabled', () => {
    renderWithProviders(
      <SectionPanel
        headingId="h"
        heading="Sides"
        action={{ label: 'Add', onClick: vi.fn(), disabled: true }}
      >
        <p>Body</p>
      </SectionPanel>,
    );
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
  });
});
