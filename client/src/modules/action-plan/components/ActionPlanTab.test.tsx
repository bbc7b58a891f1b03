import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { typed } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { ReportActionProgressMutation } from '../graphql/actionPlan';
import {
  childrenMock,
  choicesMock,
  planAction,
  planMocks,
  planResult,
  PROGRAMME_ID,
  ref,
  withIdempotencyKey,
} from '../testing';
import { ActionPlanTab } from './ActionPlanTab';

function renderPlan(result = planResult()) {
  return renderWithProviders(<ActionPlanTab programmeId={PROGRAMME_ID} />, {
    mocks: planMocks(result),
  });
}

function codesOf(table: HTMLElement): (string | undefined)[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent?.replace(/[▸▾]/g, ''));
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
    expect(codesOf(table)).toEqual(['1', '1.1', '1.2', '2']);
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

describe('a plan larger than its outline', () => {
  // The outline holds the top level; 1.2 has a sub-action of its own, loaded when opened.
  const roots = [
    planAction({ id: 'a1', code: '1', childCount: 2, progress: 70 }),
    planAction({ id: 'a2', code: '2', childCount: 1, progress: 20 }),
  ];
  const [first, second] = roots as [ReturnType<typeof planAction>, ReturnType<typeof planAction>];
  const level = [
    planAction({ id: 'a11', code: '1.1', parent: ref('a1'), progress: 100, status: 'DONE' }),
    planAction({ id: 'a12', code: '1.2', parent: ref('a1'), childCount: 1, progress: 40 }),
  ];
  const ofSecond = [planAction({ id: 'a21', code: '2.1', parent: ref('a2'), progress: 20 })];

  function renderLarge(options: { canEdit?: boolean } = {}) {
    return renderWithProviders(<ActionPlanTab programmeId={PROGRAMME_ID} />, {
      mocks: [
        ...planMocks(planResult({ actions: roots, ...options })),
        // Long enough to see it loading on a busy machine, short of findBy's wait.
        childrenMock(first, level, { delay: 400 }),
        childrenMock(second, ofSecond),
        choicesMock([...roots, ...level, ...ofSecond]),
      ],
    });
  }

  it('shows the top level closed, with each parent’s toggle and rolled-up progress', async () => {
    renderLarge();
    const table = await planTable();
    expect(codesOf(table)).toEqual(['1', '2']);
    const toggle = within(table).getByRole('button', { name: 'Expand 1' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(rowOf(table, '1')).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '70',
    );
    expect(within(rowOf(table, '1')).getByText('from sub-actions')).toBeInTheDocument();
  });

  it('loads a parent’s sub-actions when opened, telling that it is loading, and keeps them', async () => {
    const user = userEvent.setup();
    renderLarge();
    const table = await planTable();
    await user.click(within(table).getByRole('button', { name: 'Expand 1' }));

    const status = within(table).getByRole('status');
    expect(status).toHaveTextContent('Loading the sub-actions of 1…');
    expect(status.closest('tr')).toHaveAttribute('aria-busy', 'true');
    expect(await within(table).findByText('1.1', { selector: 'span' })).toBeInTheDocument();
    expect(within(table).queryByRole('status')).toBeNull();
    expect(codesOf(table)).toEqual(['1', '1.1', '1.2', '2']);
    expect(within(table).getByRole('button', { name: 'Collapse 1' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // A loaded sub-action with sub-actions of its own shows closed in its turn.
    expect(within(table).getByRole('button', { name: 'Expand 1.2' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    // Closed and opened again by keyboard, the level shows at once from what was loaded.
    const collapse = within(table).getByRole('button', { name: 'Collapse 1' });
    collapse.focus();
    await user.keyboard('{ArrowLeft}');
    expect(codesOf(table)).toEqual(['1', '2']);
    await user.keyboard('{ArrowRight}');
    expect(codesOf(table)).toEqual(['1', '1.1', '1.2', '2']);
  });

  it('opens a parent with Enter and Space', async () => {
    const user = userEvent.setup();
    renderLarge();
    const table = await planTable();
    within(table).getByRole('button', { name: 'Expand 2' }).focus();
    await user.keyboard('{Enter}');
    expect(await within(table).findByText('2.1', { selector: 'span' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(within(table).queryByText('2.1', { selector: 'span' })).toBeNull();
  });

  it('offers every action as a parent in the form, and suggests the next free code', async () => {
    const user = userEvent.setup();
    renderLarge({ canEdit: true });
    const table = await planTable();
    await user.click(within(table).getByRole('button', { name: 'More for 1' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Add sub-action' }));
    const dialog = await screen.findByRole('dialog', { name: 'New sub-action of 1' });
    // The suggestion counts the sub-actions the outline did not bring.
    expect(await within(dialog).findByRole('textbox', { name: /^Code/ })).toHaveValue('1.3');
  });
});

describe('a report on a sub-action loaded on demand', () => {
  const root = planAction({ id: 'a1', code: '1', childCount: 1, progress: 40 });
  const middle = (progress: number) =>
    planAction({ id: 'a12', code: '1.2', parent: ref('a1'), childCount: 1, progress });
  const leaf = (progress: number, version: number) =>
    planAction({
      id: 'a121',
      code: '1.2.1',
      parent: ref('a12'),
      responsible: [typed('Partner', { id: 'p-kh' })],
      progress,
      version,
      status: progress === 100 ? 'DONE' : 'IN_PROGRESS',
    });
  /** What is read first, then what is read after the report. */
  const once = <T extends { maxUsageCount?: number }>(mock: T): T => ({
    ...mock,
    maxUsageCount: 1,
  });

  it('refreshes the roll-up of every opened level above it', async () => {
    const user = userEvent.setup();
    const [planBefore, ...rest] = planMocks(planResult({ actions: [root] }));
    const [planAfter] = planMocks(planResult({ actions: [{ ...root, progress: 100 }] }));
    renderWithProviders(<ActionPlanTab programmeId={PROGRAMME_ID} />, {
      mocks: [
        once(planBefore!),
        planAfter!,
        ...rest,
        once(childrenMock(root, [middle(40)])),
        childrenMock(root, [middle(100)]),
        once(childrenMock(middle(40), [leaf(40, 1)])),
        childrenMock(middle(100), [leaf(100, 2)]),
        {
          request: {
            query: ReportActionProgressMutation,
            variables: withIdempotencyKey({
              id: 'a121',
              version: 1,
              progress: 100,
              status: null,
              note: null,
            }),
          },
          result: {
            data: {
              reportActionProgress: {
                ...leaf(100, 2),
                viewerCan: typed('ActionAbilities', { edit: false, reportProgress: true }),
              },
            },
          },
        },
      ],
    });
    const table = await planTable();
    await user.click(within(table).getByRole('button', { name: 'Expand 1' }));
    await user.click(await within(table).findByRole('button', { name: 'Expand 1.2' }));
    await user.click(
      await within(table).findByRole('button', { name: 'Report progress on 1.2.1' }),
    );
    const input = await screen.findByRole('textbox', { name: 'Progress, %' });
    await user.clear(input);
    await user.type(input, '100');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const progressOf = (code: string) =>
      within(rowOf(table, code)).getByRole('progressbar', { name: `Progress of ${code}` });
    await vi.waitFor(() => expect(progressOf('1')).toHaveAttribute('aria-valuenow', '100'));
    await vi.waitFor(() => expect(progressOf('1.2')).toHaveAttribute('aria-valuenow', '100'));
    expect(progressOf('1.2.1')).toHaveAttribute('aria-valuenow', '100');
  });
});

describe('a plan within its outline', () => {
  it('shows every action at once, every parent open, loading nothing more', async () => {
    renderPlan();
    const table = await planTable();
    expect(codesOf(table)).toEqual(['1', '1.1', '1.2', '2']);
    expect(within(table).getByRole('button', { name: 'Collapse 1' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(table).queryByRole('status')).toBeNull();
  });
});
