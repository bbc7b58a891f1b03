import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { planAction, planMocks, planResult, PROGRAMME_ID } from '../testing';
import { ActionPlanTab } from './ActionPlanTab';

function renderPlan(result = planResult()) {
  return renderWithProviders(<ActionPlanTab programmeId={PROGRAMME_ID} />, {
    mocks: planMocks(result),
  });
}

async function planTable() {
  return screen.findByRole('table', { name: 'Action plan' });
}

function rowOf(table: HTMLElement, code: string): HTMLElement {
  const cell = within(table).getByText(code, { selector: 'span' });
  const row = cell.closest('tr');
  if (!row) throw new Error(`No row for ${code}`);
  return row;
}

describe('ActionPlanTab', () => {
  it('lists the actions as a tree ordered by code, with status, progress and overdue', async () => {
    renderPlan();
    const table = await planTable();
    const codes = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent?.replace(/[▸▾]/g, ''));
    expect(codes).toEqual(['1', '1.1', '1.2', '2']);
    const late = rowOf(table, '1.2');
    expect(within(late).getByText('Overdue')).toBeInTheDocument();
    expect(within(late).getByRole('progressbar', { name: 'Progress of 1.2' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    expect(within(rowOf(table, '1')).getByText('from sub-actions')).toBeInTheDocument();
  });

  it('offers a partner the report only on leaf actions its organisation is responsible for', async () => {
    renderPlan(planResult({ canEdit: false }));
    const table = await planTable();
    expect(
      within(rowOf(table, '1.1')).getByRole('button', { name: 'Report progress on 1.1' }),
    ).toBeInTheDocument();
    for (const code of ['1', '1.2', '2']) {
      expect(within(rowOf(table, code)).queryByRole('button', { name: /^Report/ })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'New action' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import CSV' })).toBeNull();
  });

  it('shows an observer the plan read-only', async () => {
    renderPlan(planResult({ canEdit: false, organisationId: null }));
    const table = await planTable();
    expect(within(table).queryByRole('button', { name: /^Report/ })).toBeNull();
    expect(within(table).queryByRole('button', { name: /^More/ })).toBeNull();
    expect(within(table).getAllByRole('button', { name: /^History of/ })).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
  });

  it('gives coordinators report controls on every leaf, and editing tools', async () => {
    renderPlan(planResult({ canEdit: true, organisationId: null }));
    const table = await planTable();
    expect(within(table).getAllByRole('button', { name: /^Report progress/ })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'New action' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import CSV' })).toBeInTheDocument();
  });

  it('collapses and expands a parent with the mouse and the arrow keys', async () => {
    const user = userEvent.setup();
    renderPlan();
    const table = await planTable();
    const toggle = within(table).getByRole('button', { name: 'Collapse 1' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.click(toggle);
    expect(within(table).queryByText('1.1', { selector: 'span' })).toBeNull();
    const expand = within(table).getByRole('button', { name: 'Expand 1' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');

    expand.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(table).getByText('1.1', { selector: 'span' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(within(table).queryByText('1.2', { selector: 'span' })).toBeNull();
  });

  it('shows the summary with overall progress and overdue count', async () => {
    renderPlan();
    const summary = await screen.findByRole('region', { name: 'Plan at a glance' });
    expect(await within(summary).findByText('42%')).toBeInTheDocument();
    expect(within(summary).getByText('Overdue actions').parentElement).toHaveTextContent(
      /^Overdue actions1not done and past due$/,
    );
    const table = within(summary).getByRole('table', { name: 'Actions by status' });
    expect(within(table).getByRole('row', { name: 'In progress 3' })).toBeInTheDocument();
  });
});

describe('action titles in the reader’s language', () => {
  it('show the translation where one exists and mark the originals shown instead', async () => {
    renderPlan(
      planResult({
        languages: ['uk', 'en'],
        actions: [
          planAction({
            id: 'a1',
            code: '1',
            title: 'Конференції',
            translations: [{ language: 'en', title: 'Conferences', text: null }],
          }),
          planAction({ id: 'a2', code: '2', title: 'Навчання' }),
        ],
      }),
    );
    const table = await planTable();
    const translated = rowOf(table, '1');
    expect(within(translated).getByText('Conferences')).toHaveAttribute('lang', 'en');
    expect(within(translated).queryByText('Not translated into English')).toBeNull();
    const original = rowOf(table, '2');
    expect(within(original).getByText('Навчання')).toHaveAttribute('lang', 'uk');
    expect(within(original).getByText('Not translated into English')).toBeInTheDocument();
  });
});
