import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ProgrammeStatus, Role } from '@spilno/shared';
import { useCast } from '../cast-world';
import {
  buildAction,
  buildOrganisation,
  buildPartner,
  buildProgramme,
  buildUser,
} from '../factories';
import type { GraphQLResult, TestApp } from '../graphql';
import {
  auditOf,
  castProgramme,
  expectFields,
  expectNoChange,
  lastAudit,
  rowsOf,
  type Cast,
} from '../programme-cast';
import {
  actionInput,
  ADD_COORDINATOR,
  CREATE_ACTION,
  CREATE_PROGRAMME,
  DASHBOARD,
  programmeInput,
  PROGRAMME_QUERY,
  PROGRAMMES,
  PUBLISH_PROGRAMME,
  REMOVE_INDICATOR,
  REMOVE_SIDE,
  REPORT_PROGRESS,
  UPDATE_PARTNER,
  UPDATE_PROGRAMME,
} from '../programme-documents';

interface ProgrammeData {
  id: string;
  code: string;
  status: ProgrammeStatus;
  published: boolean;
  version: number;
  sides: { id: string; name: string; country: string }[];
  coordinators: { id: string }[];
}

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

const programmeRows = () => app.dataSource.query('SELECT id, code FROM programme ORDER BY id');

describe('createProgramme', () => {
  it('starts a draft with its sides, makes the creator a coordinator and audits it', async () => {
    const input = programmeInput({ currency: 'UAH', languages: ['uk', 'pl', 'uk'] });
    const { createProgramme: created } = await cast.clients.coordinator.ok<{
      createProgramme: ProgrammeData;
    }>(CREATE_PROGRAMME, { input });
    expect(created).toMatchObject({
      code: input.code,
      status: 'DRAFT',
      published: false,
      version: 1,
      sides: input.sides,
      coordinators: [{ id: cast.users.coordinator.id }],
    });
    const [entry] = await auditOf(app, created.id);
    expect(entry).toMatchObject({
      action: 'CREATE',
      entityType: 'Programme',
      actorId: cast.users.coordinator.id,
    });
    expect(entry?.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['code', 'title', 'startsOn', 'endsOn', 'status', 'languages']),
    );
    expect(entry?.changes).toContainEqual({
      field: 'languages',
      before: null,
      after: ['uk', 'pl'],
    });
  });

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['an end before the start', { endsOn: '2025-12-31' }, [['input.endsOn', 'end_before_start']]],
    [
      'fewer than two sides',
      { sides: [{ name: 'Харківська область', country: 'UA' }] },
      [['input.sides', 'too_short']],
    ],
    [
      'a malformed country code',
      {
        sides: [
          { name: 'Харківська область', country: 'UA' },
          { name: 'Poland', country: 'pol' },
        ],
      },
      [['input.sides.1.country', 'invalid']],
    ],
    ['a malformed code', { code: 'kh be' }, [['input.code', 'invalid']]],
    ['a blank title', { title: '   ' }, [['input.title', 'required']]],
  ])('refuses %s by field and stores nothing', async (_case, overrides, fields) => {
    const result = await expectNoChange(app, programmeRows, () =>
      cast.clients.coordinator.request(CREATE_PROGRAMME, { input: programmeInput(overrides) }),
    );
    expectFields(result, fields);
  });

  it('refuses a code another programme has (input.code taken)', async () => {
    const { programme } = await buildProgramme(app.dataSource);
    const result = await expectNoChange(app, programmeRows, () =>
      cast.clients.admin.request(CREATE_PROGRAMME, {
        input: programmeInput({ code: programme.code }),
      }),
    );
    expectFields(result, [['input.code', 'taken']]);
  });

  it('lets exactly one of two simultaneous creations of one code through', async () => {
    const input = programmeInput();
    const results = await Promise.all(
      [cast.clients.admin, cast.clients.coordinator].map((c) =>
        c.request(CREATE_PROGRAMME, { input }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expectFields(results.find((r) => r.errors) as GraphQLResult, [['input.code', 'taken']]);
    expect(
      await app.dataSource.query('SELECT 1 FROM programme WHERE code = $1', [input.code]),
    ).toHaveLength(1);
  });
});

describe('updateProgramme', () => {
  const update = (id: string, version: number, input: Record<string, unknown>) =>
    cast.clients.coordinator.request<{ updateProgramme: ProgrammeData }>(UPDATE_PROGRAMME, {
      id,
      version,
      input,
    });

  it('changes the given fields only, bumps the version and audits exactly what changed', async () => {
    const { programme } = await castProgramme(app, cast);
    const result = await update(programme.id, 1, { title: 'Нова назва', summary: 'Інший опис' });
    expect(result.data?.updateProgramme).toMatchObject({
      title: 'Нова назва',
      summary: 'Інший опис',
      startsOn: programme.startsOn,
      status: 'ACTIVE',
      version: 2,
    });
    expect(await lastAudit(app, programme.id)).toMatchObject({
      action: 'UPDATE',
      actorId: cast.users.coordinator.id,
      fields: ['summary', 'title'],
    });
  });

  it('moves a programme DRAFT → ACTIVE → SUSPENDED → ACTIVE → COMPLETED', async () => {
    const { programme } = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
    const statuses = ['ACTIVE', 'SUSPENDED', 'ACTIVE', 'COMPLETED'];
    for (const [index, status] of statuses.entries()) {
      const result = await update(programme.id, index + 1, { status });
      expect(result.data?.updateProgramme.status).toBe(status);
    }
    const entries = await auditOf(app, programme.id);
    expect(entries.map((e) => e.changes)).toEqual(
      ['DRAFT', ...statuses]
        .slice(0, -1)
        .map((before, i) => [{ field: 'status', before, after: statuses[i] }]),
    );
  });

  it.each<[string, ProgrammeStatus, Record<string, unknown>, [string, string][]]>([
    [
      'an end before the start',
      ProgrammeStatus.ACTIVE,
      { startsOn: '2027-06-01', endsOn: '2026-06-01' },
      [['input.endsOn', 'end_before_start']],
    ],
    [
      'DRAFT → COMPLETED',
      ProgrammeStatus.DRAFT,
      { status: 'COMPLETED' },
      [['input.status', 'transition_not_allowed']],
    ],
    [
      'COMPLETED → ACTIVE',
      ProgrammeStatus.COMPLETED,
      { status: 'ACTIVE' },
      [['input.status', 'transition_not_allowed']],
    ],
    ['a blank title', ProgrammeStatus.ACTIVE, { title: ' ' }, [['input.title', 'required']]],
    [
      'a malformed currency',
      ProgrammeStatus.ACTIVE,
      { currency: 'eur' },
      [['input.currency', 'invalid']],
    ],
  ])('refuses %s by field and changes nothing', async (_case, status, input, fields) => {
    const { programme } = await castProgramme(app, cast, { status });
    const result = await expectNoChange(
      app,
      () => rowsOf(app, 'programme', 'id', programme.id),
      () => update(programme.id, 1, input),
    );
    expectFields(result, fields);
  });

  it('refuses a period that would leave actions outside it', async () => {
    const { programme } = await castProgramme(app, cast);
    await buildAction(app.dataSource, programme.id, {
      startsOn: '2026-02-01',
      dueOn: '2027-10-31',
    });
    const result = await expectNoChange(
      app,
      () => rowsOf(app, 'programme', 'id', programme.id),
      () => update(programme.id, 1, { startsOn: '2026-03-01', endsOn: '2027-06-30' }),
    );
    expectFields(result, [
      ['input.startsOn', 'outside_period'],
      ['input.endsOn', 'outside_period'],
    ]);
  });
});

describe('publishProgramme', () => {
  const publish = (id: string, version: number, published: boolean) =>
    cast.clients.coordinator.request<{ publishProgramme: { published: boolean } }>(
      PUBLISH_PROGRAMME,
      { id, version, published },
    );

  it('puts an active programme online and takes it down, auditing each', async () => {
    const { programme } = await castProgramme(app, cast);
    expect((await publish(programme.id, 1, true)).data?.publishProgramme.published).toBe(true);
    expect(await lastAudit(app, programme.id)).toMatchObject({ fields: ['published'] });
    expect((await publish(programme.id, 2, false)).data?.publishProgramme.published).toBe(false);
    expect((await auditOf(app, programme.id)).map((e) => e.changes)).toEqual([
      [{ field: 'published', before: false, after: true }],
      [{ field: 'published', before: true, after: false }],
    ]);
  });

  it('never publishes a draft', async () => {
    const { programme } = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
    const result = await expectNoChange(
      app,
      () => rowsOf(app, 'programme', 'id', programme.id),
      () => publish(programme.id, 1, true),
    );
    expectFields(result, [['published', 'not_allowed']]);
  });
});

describe('who sees which programmes', () => {
  it('shows drafts to their coordinators and admins only', async () => {
    const { programme: draft } = await castProgramme(app, cast, {
      status: ProgrammeStatus.DRAFT,
    });
    const ids = async (member: keyof Cast['clients']) =>
      (await cast.clients[member].ok<{ programmes: { id: string }[] }>(PROGRAMMES)).programmes.map(
        (p) => p.id,
      );
    for (const member of ['admin', 'coordinator'] as const) {
      expect(await ids(member)).toContain(draft.id);
      expect(await cast.clients[member].ok(PROGRAMME_QUERY, { id: draft.id })).toMatchObject({
        programme: { id: draft.id, status: 'DRAFT' },
      });
    }
    for (const member of [
      'otherCoordinator',
      'partner',
      'neighbour',
      'outsider',
      'observer',
    ] as const) {
      expect(await ids(member)).not.toContain(draft.id);
      expect(await cast.clients[member].ok(PROGRAMME_QUERY, { id: draft.id })).toEqual({
        programme: null,
      });
    }
  });

  it('shows a partner user exactly the programmes its organisation is a partner of', async () => {
    const organisation = await buildOrganisation(app.dataSource, { country: 'PL' });
    const user = await buildUser(app.dataSource, {
      role: Role.PARTNER,
      organisationId: organisation.id,
    });
    const partnered = async (status: ProgrammeStatus) => {
      const built = await buildProgramme(app.dataSource, { status });
      await buildPartner(app.dataSource, built, organisation);
      return built.programme;
    };
    const active = await partnered(ProgrammeStatus.ACTIVE);
    const completed = await partnered(ProgrammeStatus.COMPLETED);
    const draft = await partnered(ProgrammeStatus.DRAFT);
    const other = (await buildProgramme(app.dataSource)).programme;

    const client = await app.as(user);
    const { programmes } = await client.ok<{ programmes: { id: string }[] }>(PROGRAMMES);
    expect(programmes.map((p) => p.id).sort()).toEqual([active.id, completed.id].sort());
    for (const hidden of [draft, other]) {
      expect(await client.ok(PROGRAMME_QUERY, { id: hidden.id })).toEqual({ programme: null });
    }
    expect(await client.ok(PROGRAMME_QUERY, { id: active.id })).toMatchObject({
      programme: { id: active.id, partners: [{ organisation: { id: organisation.id } }] },
    });
    // Observers read every programme that is not a draft.
    const seen = (
      await cast.clients.observer.ok<{ programmes: { id: string }[] }>(PROGRAMMES)
    ).programmes.map((p) => p.id);
    expect(seen).toEqual(expect.arrayContaining([active.id, completed.id, other.id]));
    expect(seen).not.toContain(draft.id);
  });
});

describe('malformed ids', () => {
  it('answer NOT_FOUND, or name the field, and never an internal error', async () => {
    const { programme } = await castProgramme(app, cast);
    const x = 'not-an-id';
    const cases: [string, Record<string, unknown>, string][] = [
      [UPDATE_PROGRAMME, { id: x, version: 1, input: {} }, 'NOT_FOUND'],
      [UPDATE_PARTNER, { id: x, version: 1, input: {} }, 'NOT_FOUND'],
      [REMOVE_SIDE, { id: x }, 'NOT_FOUND'],
      [CREATE_ACTION, { programmeId: x, input: actionInput() }, 'NOT_FOUND'],
      [REPORT_PROGRESS, { id: x, version: 1, progress: 10 }, 'NOT_FOUND'],
      [REMOVE_INDICATOR, { id: x, version: 1 }, 'NOT_FOUND'],
      [DASHBOARD, { programmeId: x }, 'NOT_FOUND'],
      [ADD_COORDINATOR, { programmeId: programme.id, userId: x }, 'BAD_USER_INPUT'],
      [
        CREATE_ACTION,
        { programmeId: programme.id, input: actionInput({ parentId: x }) },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [query, variables, code] of cases) {
      expect(await cast.clients.admin.code(query, variables)).toBe(code);
    }
  });
});
