import { screen } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { UntranslatedMark } from './UntranslatedMark';

describe('UntranslatedMark', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('shows the language of the original, labelled for screen readers', () => {
    renderWithProviders(<UntranslatedMark shown="uk" />);
    const label = screen.getByText('Not translated into English');
    expect(label.closest('[title]')).toHaveAttribute('title', 'Not translated into English');
    expect(label.closest('[title]')).toHaveTextContent('uk');
  });

  it('is absent when the text is in the reader’s language', () => {
    renderWithProviders(<UntranslatedMark shown="en" />);
    expect(screen.queryByText(/Not translated/)).toBeNull();
  });

  it('speaks Ukrainian to Ukrainian readers', async () => {
    await i18n.changeLanguage('uk');
    renderWithProviders(<UntranslatedMark shown="en" />);
    expect(screen.getByText('Не перекладено мовою: українська')).toBeInTheDocument();
  });
});
