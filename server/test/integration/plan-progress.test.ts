import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ActionStatus, ErrorCode, ProgrammeStatus, Role } from '@spilno/shared';
import type { Action } from '../../src/modules/action-plan/action.entity';
import { useCast } from '../cast-world';
import { buildAction, buildProgressNote, buildUser, type ActionOverrides } from '../factories';
import type { TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import { ACTION_QUERY, BUDGET, DASHBOARD, REPORT_PROGRESS } from '../programme-documents';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

/** An action of `p` with the given place in the tree, progress, weight and status. */
function node(
  p: CastProgramme,
  parent: Action | null,
  ownProgress: number,
  fields: ActionOverrides = {},
): Promise<Action> {
  return buildAction(app.dataSource, p.programme.id, {
    parentId: parent?.id ?? null,
    ownProgress,
    status: ownProgress > 0 ? ActionStatus.IN_PROGRESS : ActionStatus.PLANNED,
    ...fields,
  });
}

async function progressOf(action: Action): Promise<number> {
  const data = await cast.clients.observer.ok<{ action: { progress: number } }>(ACTION_QUERY, {
    id: action.id,
  });
  return data.action.progress;
}

interface Dashboard {
  overallProgress: number;
  overdueActions: number;
  actionsByStatus: { status: string; count: number }[];
}

async function dashboardOf(p: CastProgramme): Promise<Dashboard> {
  const data = await cast.clients.observer.ok<{ programmeDashboard: Dashboard }>(DASHBOARD, {
    programmeId: p.programme.id,
  });
  return data.programmeDashboard;
}

describe('progress roll-up', () => {
  it('gives a parent of two equally weighted children at 100 and 0 a progress of 50', async () => {
    const p = await castProgramme(app, cast);
    const parent = await node(p, null, 0);
    await node(p, parent, 100, { status: ActionStatus.DONE });
    await node(p, parent, 0);
    expect(await progressOf(parent)).toBe(50);
  });

  it('rolls weighted progress up through three levels', async () => {
    const p = await castProgramme(app, cast);
    const root = await node(p, null, 0);
    const middle = await node(p, root, 0, { weight: 3 });
    await node(p, root, 100, { weight: 1, status: ActionStatus.DONE });
    await node(p, middle, 40);
    await node(p, middle, 80);
    expect(await progressOf(middle)).toBe(60);
    expect(await progressOf(root)).toBe(70); // (3 × 60 + 1 × 100) / 4
  });

  it('leaves cancelled children out', async () => {
    const p = await castProgramme(app, cast);
    const parent = await node(p, null, 0);
    await node(p, parent, 100, { status: ActionStatus.DONE });
    await node(p, parent, 0, { status: ActionStatus.CANCELLED });
    expect(await progressOf(parent)).toBe(100);
  });

  it('answers a report with the parent’s new roll-up', async () => {
    const p = await castProgramme(app, cast);
    const parent = await node(p, null, 0);
    const child = await node(p, parent, 0, { responsible: [p.uaPartner] });
    await node(p, parent, 0);
    const data = await cast.clients.partner.ok<{
      reportActionProgress: { parent: { progress: number } };
    }>(REPORT_PROGRESS, { id: child.id, version: 1, progress: 100 });
    expect(data.reportActionProgress.parent.progress).toBe(50);
  });
});

describe('programmeDashboard', () => {
  it('shows the weighted progress of the top-level actions, cancelled ones left out', async () => {
    const p = await castProgramme(app, cast);
    const root = await node(p, null, 0);
    await node(p, root, 100, { status: ActionStatus.DONE });
    await node(p, root, 40);
    await node(p, null, 20, { weight: 2 });
    await node(p, null, 0, { status: ActionStatus.CANCELLED });
    // Roots: 70 (weight 1) and 20 (weight 2).
    expect((await dashboardOf(p)).overallProgress).toBe(36.7);
    expect((await dashboardOf(await castProgramme(app, cast))).overallProgress).toBe(0);
  });

  it('counts overdue actions and every action by status, sub-actions included', async () => {
    const p = await castProgramme(app, cast, { startsOn: '2020-01-01' });
    const past = { startsOn: '2020-02-01', dueOn: '2020-03-01' };
    const late = await node(p, null, 0, past);
    const lateChild = await node(p, late, 30, past);
    const done = await node(p, late, 100, { ...past, status: ActionStatus.DONE });
    await node(p, null, 0, { ...past, status: ActionStatus.CANCELLED });
    const future = await node(p, null, 0, { dueOn: '2027-12-31' });

    const overdue = async (action: Action) =>
      (
        await cast.clients.observer.ok<{ action: { overdue: boolean } }>(ACTION_QUERY, {
          id: action.id,
        })
      ).action.overdue;
    expect(await overdue(late)).toBe(true);
    expect(await overdue(lateChild)).toBe(true);
    expect(await overdue(done)).toBe(false);
    expect(await overdue(future)).toBe(false);

    const dashboard = await dashboardOf(p);
    expect(dashboard.overdueActions).toBe(2);
    expect(dashboard.actionsByStatus).toEqual(
      expect.arrayContaining([
        { status: 'PLANNED', count: 2 },
        { status: 'IN_PROGRESS', count: 1 },
        { status: 'DONE', count: 1 },
        { status: 'CANCELLED', count: 1 },
      ]),
    );
    expect(dashboard.actionsByStatus).toHaveLength(4);
  });

  it('is NOT_FOUND for a programme out of the caller’s scope', async () => {
    const draft = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
    const active = await castProgramme(app, cast);
    for (const [client, p] of [
      [cast.clients.otherCoordinator, draft],
      [cast.clients.observer, draft],
      [cast.clients.outsider, active],
    ] as const) {
      expectRefused(
        await client.request(DASHBOARD, { programmeId: p.programme.id }),
        ErrorCode.NOT_FOUND,
      );
    }
    expectRefused(
      await cast.clients.admin.request(DASHBOARD, { programmeId: 'not-an-id' }),
      ErrorCode.NOT_FOUND,
    );
  });
});

describe('Programme.budget', () => {
  interface Line {
    id: string | null;
    planned: number;
    spent: number;
  }
  const budgetOf = async (p: CastProgramme) =>
    (
      await cast.clients.partner.ok<{
        programme: {
          budget: { currency: string; total: Omit<Line, 'id'>; byPartner: Line[]; bySide: Line[] };
        };
      }>(BUDGET, { id: p.programme.id })
    ).programme.budget;
  const byId = (lines: Line[]) => [...lines].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));

  it('totals planned and spent money, shared equally by responsible partners, per side', async () => {
    const p = await castProgramme(app, cast, { currency: 'UAH' });
    const money = (plannedBudget: number, spentBudget: number | null) => ({
      plannedBudget,
      spentBudget,
    });
    await node(p, null, 0, { ...money(1000, 400), responsible: [p.uaPartner, p.plPartner] });
    await node(p, null, 0, { ...money(300, 100.5), responsible: [p.uaPartner] });
    await node(p, null, 0, money(50, null));

    const budget = await budgetOf(p);
    expect(budget.currency).toBe('UAH');
    expect(budget.total).toEqual({ planned: 1350, spent: 500.5 });
    expect(byId(budget.byPartner)).toEqual(
      byId([
        { id: p.uaPartner.id, planned: 800, spent: 300.5 },
        { id: p.plPartner.id, planned: 500, spent: 200 },
        { id: null, planned: 50, spent: 0 },
      ]),
    );
    expect(byId(budget.bySide)).toEqual(
      byId([
        { id: p.uaSide.id, planned: 800, spent: 300.5 },
        { id: p.plSide.id, planned: 500, spent: 200 },
        { id: null, planned: 50, spent: 0 },
      ]),
    );
  });

  it('is zero for a programme without actions', async () => {
    const budget = await budgetOf(await castProgramme(app, cast));
    expect(budget).toMatchObject({
      total: { planned: 0, spent: 0 },
      byPartner: [],
      bySide: [],
    });
  });
});

describe('reading a large plan', () => {
  const PLAN = `query ($id: ID!) { programme(id: $id) { actions {
    id progress children { id } responsible { organisation { name } } history { author { name } }
  } } }`;

  /** A plan of `size` actions in groups of five, each with responsible partners and reports. */
  async function planOf(size: number): Promise<CastProgramme> {
    const p = await castProgramme(app, cast);
    let root: Action | null = null;
    for (let i = 0; i < size; i++) {
      const action: Action = await node(p, i % 5 === 0 ? null : root, 10, {
        code: `${Math.floor(i / 5) + 1}.${i % 5}`,
        responsible: i % 2 ? [p.uaPartner] : [p.uaPartner, p.plPartner],
      });
      if (i % 5 === 0) root = action;
      const author = await buildUser(app.dataSource, { role: Role.PARTNER });
      await buildProgressNote(app.dataSource, action, author);
      await buildProgressNote(app.dataSource, action, cast.users.coordinator);
    }
    return p;
  }

  /** How many SQL statements reading the whole plan issues. */
  async function statementsFor(p: CastProgramme, size: number): Promise<number> {
    const logger = app.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let count = 0;
    logger.logQuery = (...args) => {
      count += 1;
      return original(...args);
    };
    try {
      const data = await cast.clients.partner.ok<{ programme: { actions: unknown[] } }>(PLAN, {
        id: p.programme.id,
      });
      expect(data.programme.actions).toHaveLength(size);
    } finally {
      logger.logQuery = original;
    }
    return count;
  }

  it('issues as many statements for 30 actions as for 5', async () => {
    const small = await statementsFor(await planOf(5), 5);
    const large = await statementsFor(await planOf(30), 30);
    expect(large).toBe(small);
    // The session, the programme, then one batch per relation: actions, responsible links,
    // partners, organisations, notes, authors.
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThanOrEqual(10);
  });
});
