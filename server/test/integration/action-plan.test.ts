import 'reflect-metadata';
import { beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '@spilno/shared';
import { useCast } from '../cast-world';
import { buildAction, buildProgramme } from '../factories';
import type { Client, TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import {
  castProgramme,
  expectFields,
  expectNoChange,
  lastAudit,
  rowsOf,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import {
  actionInput,
  CREATE_ACTION,
  REMOVE_ACTION,
  REPORT_PROGRESS,
  UPDATE_ACTION,
} from '../programme-documents';

interface ActionData {
  id: string;
  code: string;
  status: string;
  progress: number;
  version: number;
  overdue: boolean;
  parent: { id: string; progress?: number } | null;
  responsible: { id: string }[];
  history: {
    fromProgress: number;
    toProgress: number;
    fromStatus: string;
    toStatus: string;
    note: string | null;
    author: { id: string; name: string } | null;
  }[];
}

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCast((world) => ({ app, cast } = world));
beforeEach(async () => {
  p = await castProgramme(app, cast);
});

/** The plan of the current programme and who answers for it, to show nothing changed. */
const plan = async () => ({
  actions: await rowsOf(app, 'action', 'programmeId', p.programme.id),
  responsible: await app.dataSource.query(
    `SELECT r.* FROM action_responsible r JOIN action a ON a.id = r."actionId"
      WHERE a."programmeId" = $1 ORDER BY 1, 2`,
    [p.programme.id],
  ),
});

const create = (input: Record<string, unknown>) =>
  cast.clients.coordinator.request<{ createAction: ActionData }>(CREATE_ACTION, {
    programmeId: p.programme.id,
    input: actionInput(input),
  });

describe('createAction', () => {
  it('adds an action under a parent with responsible partners, and audits it', async () => {
    const parent = await buildAction(app.dataSource, p.programme.id);
    const result = await create({
      code: '1.2',
      parentId: parent.id,
      responsiblePartnerIds: [p.uaPartner.id, p.plPartner.id],
      plannedBudget: 1200,
    });
    const created = result.data?.createAction;
    expect(created).toMatchObject({
      code: '1.2',
      status: 'PLANNED',
      progress: 0,
      version: 1,
      parent: { id: parent.id },
      children: [],
    });
    expect(created?.responsible.map((r) => r.id).sort()).toEqual(
      [p.uaPartner.id, p.plPartner.id].sort(),
    );
    const audit = await lastAudit(app, created?.id ?? '');
    expect(audit).toMatchObject({ action: 'CREATE', entityType: 'Action' });
    expect(audit.fields).toEqual(
      expect.arrayContaining(['code', 'title', 'startsOn', 'dueOn', 'parentId', 'plannedBudget']),
    );
  });

  it('allows a code another programme uses', async () => {
    const other = await buildProgramme(app.dataSource);
    const { code } = await buildAction(app.dataSource, other.programme.id, { code: '7.1' });
    expect((await create({ code })).errors).toBeUndefined();
  });

  it.each<[string, () => Promise<Record<string, unknown>>, [string, string][]]>([
    [
      'a due date before the start',
      async () => ({ startsOn: '2026-05-01', dueOn: '2026-04-01' }),
      [['input.dueOn', 'end_before_start']],
    ],
    [
      'a start before the programme',
      async () => ({ startsOn: '2025-12-01' }),
      [['input.startsOn', 'outside_period']],
    ],
    [
      'a due date after the programme',
      async () => ({ dueOn: '2028-01-31' }),
      [['input.dueOn', 'outside_period']],
    ],
    [
      'a code taken in the programme',
      async () => ({ code: (await buildAction(app.dataSource, p.programme.id)).code }),
      [['input.code', 'taken']],
    ],
    [
      'a parent from another programme',
      async () => {
        const other = await buildProgramme(app.dataSource);
        return { parentId: (await buildAction(app.dataSource, other.programme.id)).id };
      },
      [['input.parentId', 'unknown_reference']],
    ],
    [
      'a responsible partner of another programme',
      async () => {
        const other = await castProgramme(app, cast);
        return { responsiblePartnerIds: [p.uaPartner.id, other.plPartner.id] };
      },
      [['input.responsiblePartnerIds', 'unknown_reference']],
    ],
    ['a blank title', async () => ({ title: '  ' }), [['input.title', 'required']]],
  ])('refuses %s by field and changes nothing', async (_case, input, fields) => {
    const overrides = await input();
    const result = await expectNoChange(app, plan, () => create(overrides));
    expectFields(result, fields);
  });
});

describe('updateAction', () => {
  const update = (id: string, version: number, input: Record<string, unknown>) =>
    cast.clients.coordinator.request<{ updateAction: ActionData }>(UPDATE_ACTION, {
      id,
      version,
      input: actionInput(input),
    });

  it('replaces the fields and the responsible partners, auditing what changed', async () => {
    const action = await buildAction(app.dataSource, p.programme.id, {
      code: '2.1',
      title: 'Семінар',
      responsible: [p.uaPartner],
    });
    const result = await update(action.id, 1, {
      code: '2.1',
      title: 'Семінар для громад',
      startsOn: action.startsOn,
      dueOn: '2026-09-30',
      responsiblePartnerIds: [p.plPartner.id],
    });
    expect(result.data?.updateAction).toMatchObject({
      title: 'Семінар для громад',
      dueOn: '2026-09-30',
      version: 2,
      responsible: [{ id: p.plPartner.id }],
    });
    expect(await lastAudit(app, action.id)).toMatchObject({
      action: 'UPDATE',
      fields: ['dueOn', 'title'],
    });
  });

  it('refuses a parent below the action itself, or the action itself', async () => {
    const root = await buildAction(app.dataSource, p.programme.id);
    const child = await buildAction(app.dataSource, p.programme.id, { parentId: root.id });
    const grandchild = await buildAction(app.dataSource, p.programme.id, { parentId: child.id });
    for (const parentId of [grandchild.id, root.id]) {
      const result = await expectNoChange(app, plan, () =>
        update(root.id, 1, { code: root.code, parentId }),
      );
      expectFields(result, [['input.parentId', 'cycle']]);
    }
  });

  it('refuses another action’s code but keeps its own', async () => {
    const [first, second] = await Promise.all(
      ['3.1', '3.2'].map((code) => buildAction(app.dataSource, p.programme.id, { code })),
    );
    const taken = await expectNoChange(app, plan, () =>
      update(second?.id ?? '', 1, { code: first?.code }),
    );
    expectFields(taken, [['input.code', 'taken']]);
    expect((await update(second?.id ?? '', 1, { code: '3.2' })).errors).toBeUndefined();
  });
});

describe('removeAction', () => {
  it('removes an action without sub-actions and audits it', async () => {
    const action = await buildAction(app.dataSource, p.programme.id);
    expect(await cast.clients.coordinator.ok(REMOVE_ACTION, { id: action.id, version: 1 })).toEqual(
      { removeAction: true },
    );
    expect(await rowsOf(app, 'action', 'id', action.id)).toEqual([]);
    expect(await lastAudit(app, action.id)).toMatchObject({ action: 'DELETE' });
  });

  it('refuses to remove a parent', async () => {
    const parent = await buildAction(app.dataSource, p.programme.id);
    await buildAction(app.dataSource, p.programme.id, { parentId: parent.id });
    const result = await expectNoChange(app, plan, () =>
      cast.clients.coordinator.request(REMOVE_ACTION, { id: parent.id, version: 1 }),
    );
    expectFields(result, [['id', 'in_use']]);
  });
});

describe('reportActionProgress', () => {
  const report = (client: Client, id: string, version: number, extra: Record<string, unknown>) =>
    client.request<{ reportActionProgress: ActionData }>(REPORT_PROGRESS, {
      id,
      version,
      ...extra,
    });
  /** An action the cast's UA partner answers for. */
  const ownAction = () =>
    buildAction(app.dataSource, p.programme.id, { responsible: [p.uaPartner] });

  it('lets the responsible partner report, keeping who moved it from what to what', async () => {
    const action = await ownAction();
    const result = await report(cast.clients.partner, action.id, 1, {
      progress: 40,
      note: ' Проведено два круглі столи ',
    });
    expect(result.data?.reportActionProgress).toMatchObject({
      progress: 40,
      status: 'IN_PROGRESS',
      version: 2,
      history: [
        {
          fromProgress: 0,
          toProgress: 40,
          fromStatus: 'PLANNED',
          toStatus: 'IN_PROGRESS',
          note: 'Проведено два круглі столи',
          author: { id: cast.users.partner.id, name: cast.users.partner.name },
        },
      ],
    });
    expect(await lastAudit(app, action.id)).toMatchObject({
      actorId: cast.users.partner.id,
      fields: ['ownProgress', 'status'],
    });

    // The coordinator reports too; 100 means done, and the newest note comes first.
    const done = await report(cast.clients.coordinator, action.id, 2, { progress: 100 });
    expect(done.data?.reportActionProgress).toMatchObject({
      progress: 100,
      status: 'DONE',
      overdue: false,
    });
    expect(
      done.data?.reportActionProgress.history.map((h) => [h.fromProgress, h.toProgress]),
    ).toEqual([
      [40, 100],
      [0, 40],
    ]);
    expect(done.data?.reportActionProgress.history[0]).toMatchObject({
      fromStatus: 'IN_PROGRESS',
      toStatus: 'DONE',
      author: { id: cast.users.coordinator.id },
    });
  });

  it('refuses the partner of the other side and observers, changing nothing', async () => {
    const action = await ownAction();
    const rows = () => rowsOf(app, 'action', 'id', action.id);
    for (const client of [cast.clients.neighbour, cast.clients.observer]) {
      const result = await expectNoChange(app, rows, () =>
        report(client, action.id, 1, { progress: 50 }),
      );
      expectRefused(result, ErrorCode.FORBIDDEN);
    }
    expect(await rowsOf(app, 'action_progress_note', 'actionId', action.id)).toEqual([]);
  });

  it('refuses progress beyond 0–100, and on a parent, whose progress is derived', async () => {
    const action = await ownAction();
    await buildAction(app.dataSource, p.programme.id, { parentId: action.id });
    const leaf = await ownAction();
    const cases: [string, number, [string, string]][] = [
      [leaf.id, 150, ['progress', 'out_of_range']],
      [leaf.id, -1, ['progress', 'out_of_range']],
      [action.id, 50, ['progress', 'derived']],
    ];
    for (const [id, progress, field] of cases) {
      const result = await expectNoChange(app, plan, () =>
        report(cast.clients.partner, id, 1, { progress }),
      );
      expectFields(result, [field]);
    }
  });

  it('keeps a status the reporter chose, and reopens a done action reported below 100', async () => {
    const action = await ownAction();
    const cancelled = await report(cast.clients.coordinator, action.id, 1, {
      progress: 20,
      status: 'CANCELLED',
    });
    expect(cancelled.data?.reportActionProgress).toMatchObject({
      status: 'CANCELLED',
      progress: 20,
    });
    await report(cast.clients.coordinator, action.id, 2, { progress: 100 });
    const reopened = await report(cast.clients.partner, action.id, 3, { progress: 90 });
    expect(reopened.data?.reportActionProgress).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 90,
    });
  });
});
