import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { ProgressBar } from './ProgressBar';

describe('ProgressBar', () => {
  it('names the element that has the progressbar role', () => {
    renderWithProviders(<ProgressBar value={40} aria-label="Progress of 1.2" />);
    const bar = screen.getByRole('progressbar', { name: 'Progress of 1.2' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
  });

  it('can take its name from a visible label', () => {
    renderWithProviders(
      <>
        <span id="spent">Spent</span>
        <ProgressBar value={70} aria-labelledby="spent" />
      </>,
    );
    expect(screen.getByRole('progressbar', { name: 'Spent' })).toHaveAttribute(
      'aria-valuetext',
      '70%',
    );
  });
});
