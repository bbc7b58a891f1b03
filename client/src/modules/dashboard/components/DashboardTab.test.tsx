import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInWorkspace } from '../../programmes/workspaceTesting';
import { ProgrammeDashboardQuery } from '../graphql/dashboard';
import { partneredProgrammeFixture } from '../../programmes/testing';
import { dashboardFixture } from '../testing';
import { DashboardTab } from './DashboardTab';

const mocks = [
  {
    request: { query: ProgrammeDashboardQuery, variables: { programmeId: 'p1' } },
    result: { data: dashboardFixture() },
  },
];

describe('DashboardTab', () => {
  it('draws every figure as a captioned chart with its table for screen readers', async () => {
    renderInWorkspace(<DashboardTab />, { mocks, programme: partneredProgrammeFixture() });

    expect(await screen.findByText('48%')).toBeInTheDocument();
    for (const caption of [
      'Progress of each action',
      'Actions by status (1 overdue)',
      'Events held per quarter, by type',
      'Events held per quarter, by organising side',
      'Attendees from each side',
      'What each side contributed (share of each figure)',
      'Indicators: target and achieved',
      'Budget planned and spent per partner',
      'Monitoring issues by status at the end of each quarter',
      'Twinning relations by status',
    ]) {
      expect(screen.getByRole('figure', { name: caption })).toBeInTheDocument();
    }
    // The quarters between two with events are listed too, so a gap shows as a gap.
    const byType = screen.getByRole('table', { name: 'Events held per quarter, by type' });
    expect(within(byType).getAllByRole('row')).toHaveLength(4);
  });

  it('shows the same figures as visible tables in table view', async () => {
    renderInWorkspace(<DashboardTab />, { mocks, programme: partneredProgrammeFixture() });
    await screen.findByText('48%');
    await userEvent.click(screen.getByRole('radio', { name: 'Tables' }));

    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    // The visible tables load when first shown.
    const balance = await screen.findByRole('table', {
      name: 'What each side contributed (share of each figure)',
    });
    const events = within(balance).getByRole('row', { name: /Events organised/ });
    expect(within(events).getByText('1 (25%)')).toBeInTheDocument();
    expect(within(events).getByText('3 (75%)')).toBeInTheDocument();
    const raised = within(balance).getByRole('row', { name: /Monitoring issues raised/ });
    expect(within(raised).getByText('3 (75%)')).toBeInTheDocument();
    const reports = within(balance).getByRole('row', { name: /Reports on time/ });
    expect(within(reports).getByText('2 of 2 (66.7%)')).toBeInTheDocument();
    expect(within(reports).getByText('1 of 2 (33.3%)')).toBeInTheDocument();
    const actions = screen.getByRole('table', { name: 'Progress of each action' });
    expect(within(actions).getByRole('row', { name: /1 Round tables/ })).toHaveTextContent(
      'In progress, overdue',
    );
    const issues = screen.getByRole('table', {
      name: 'Monitoring issues by status at the end of each quarter',
    });
    expect(within(issues).getByRole('row', { name: 'Q3 2026 2 0 1' })).toBeInTheDocument();
    expect(
      within(issues)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Quarter', 'Open', 'In review', 'Dismissed']);
    const twinning = screen.getByRole('table', { name: 'Twinning relations by status' });
    expect(within(twinning).getByRole('row', { name: 'Active 2' })).toBeInTheDocument();
    const budget = screen.getByRole('table', { name: 'Budget planned and spent per partner' });
    expect(
      within(budget).getByRole('rowheader', { name: 'Kharkiv Regional Council' }),
    ).toBeInTheDocument();
  });
});
