import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { monitoringContext, roundFixture } from '../testing';
import { RoundCompletion } from './RoundCompletion';
import { RoundResults } from './RoundResults';

describe('round completion', () => {
  it('shows each side’s and each partner’s answers', () => {
    renderWithProviders(<RoundCompletion context={monitoringContext()} round={roundFixture()} />);
    const sides = screen.getByRole('table', { name: 'Completion by side' });
    const ua = within(sides).getByRole('row', { name: /Харківська область/ });
    expect(within(ua).getByText('2 of 3 (67 %)')).toBeInTheDocument();
    const partners = screen.getByRole('table', { name: 'Completion by partner' });
    const duma = within(partners).getByRole('row', { name: /Белгородская областная Дума/ });
    expect(within(duma).getByText('Not yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mark the answers/ })).toBeNull();
  });

  it('lets coordinators mark a partner’s answers submitted while the round is open', () => {
    renderWithProviders(
      <RoundCompletion context={monitoringContext({ canTriage: true })} round={roundFixture()} />,
    );
    expect(
      screen.getByRole('button', {
        name: 'Mark the answers of Белгородская областная Дума submitted',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Mark the answers/ })).toHaveLength(1);
  });
});

describe('round results', () => {
  it('gives the figures of both charts as tables, and the category × severity table', () => {
    renderWithProviders(<RoundResults results={roundFixture().results} />);
    const byCategory = screen.getByRole('table', { name: 'Answers by category' });
    const border = within(byCategory).getByRole('row', { name: /Border crossing/ });
    expect(
      within(border)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0']);
    const matrix = screen.getByRole('table', { name: 'Answers by category and severity' });
    const finance = within(matrix).getByRole('row', { name: /Finance/ });
    expect(
      within(finance)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '0', '1']);
    expect(within(matrix).getAllByRole('row')).toHaveLength(7);
  });
});
