import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, TwinningStatus } from '@spilno/shared';
import type { Organisation } from '../../src/modules/organisation/organisation.entity';
import { buildEvent, buildOrganisation, buildProgramme, buildTwinning } from '../factories';
import { startTestApp, type TestApp } from '../graphql';
import {
  auditOf,
  buildCast,
  castProgramme,
  expectFields,
  expectNoChange,
  rowsOf,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import {
  AREAS,
  CHANGE_STATUS,
  CREATE_TWINNING,
  detailsInput,
  LINK_EVENT,
  TWINNING,
  TWINNING_DASHBOARD,
  TWINNINGS,
  twinningInput,
  UNLINK_EVENT,
  UPDATE_TWINNING,
} from '../twinning-documents';

interface History {
  fromStatus: string | null;
  toStatus: string;
  effectiveOn: string;
  note: string | null;
  author: { id: string; name: string } | null;
}
interface Relation {
  id: string;
  version: number;
  status: string;
  since: string | null;
  areas: string[];
  history: History[];
  contacts: { organisationId: string; name: string; organisation: { id: string } }[];
}

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

beforeAll(async () => {
  app = await startTestApp();
  cast = await buildCast(app);
  p = await castProgramme(app, cast);
});
afterAll(() => app?.close());

const across = (overrides: Partial<Organisation> = {}) =>
  buildOrganisation(app.dataSource, { country: 'PL', ...overrides });

async function propose(a: string, b: string, overrides: Record<string, unknown> = {}) {
  const data = await cast.clients.coordinator.ok<{ createTwinningRelation: Relation }>(
    CREATE_TWINNING,
    { input: twinningInput(a, b, overrides) },
  );
  return data.createTwinningRelation;
}

describe('pairs', () => {
  it('keeps one relation per pair, whichever way round, naming organisationBId', async () => {
    const b = await across();
    await propose(cast.ua.id, b.id);
    for (const [first, second] of [
      [cast.ua.id, b.id],
      [b.id, cast.ua.id],
    ]) {
      const rows = () => rowsOf(app, 'twinning_relation', 'organisationBId', second as string);
      const result = await expectNoChange(app, rows, () =>
        cast.clients.admin.request(CREATE_TWINNING, { input: twinningInput(first!, second!) }),
      );
      expectFields(result, [['input.organisationBId', 'duplicate_pair']]);
    }
  });

  it('lets the database refuse a pair the service did not see coming', async () => {
    const b = await across();
    await buildTwinning(app.dataSource, cast.ua, b);
    await expect(buildTwinning(app.dataSource, b, cast.ua)).rejects.toThrow(/duplicate key/);
  });

  it('never pairs an organisation with itself', async () => {
    const result = await cast.clients.partner.request(CREATE_TWINNING, {
      input: twinningInput(cast.ua.id, cast.ua.id),
    });
    expectFields(result, [['input.organisationBId', 'same_organisation']]);
    await expect(buildTwinning(app.dataSource, cast.ua, cast.ua)).rejects.toThrow(/check/);
  });

  it('names unknown organisations and contacts of a third one', async () => {
    const missing = '00000000-0000-4000-8000-000000000001';
    const unknown = await cast.clients.admin.request(CREATE_TWINNING, {
      input: twinningInput(missing, cast.pl.id),
    });
    expectFields(unknown, [['input.organisationAId', 'unknown_reference']]);
    const b = await across();
    const contacts = await cast.clients.admin.request(CREATE_TWINNING, {
      input: twinningInput(cast.ua.id, b.id, {
        contacts: [
          { organisationId: b.id, name: 'Anna Nowak', email: 'anna@example.pl' },
          { organisationId: cast.pl.id, name: 'Jan Kowalski' },
        ],
      }),
    });
    expectFields(contacts, [['input.contacts.1.organisationId', 'unknown_reference']]);
  });

  it('validates the fields of the input', async () => {
    const b = await across();
    const result = await cast.clients.admin.request(CREATE_TWINNING, {
      input: twinningInput(cast.ua.id, b.id, {
        areas: ['Культура', ' '],
        contacts: [{ organisationId: b.id, name: 'Anna', email: 'not-an-email' }],
      }),
    });
    expectFields(result, [
      ['input.areas', 'required'],
      ['input.contacts.0.email', 'invalid_email'],
    ]);
  });
});

describe('proposing', () => {
  it('lets a partner propose for its own council, always as PROPOSED', async () => {
    const b = await across();
    const signed = await cast.clients.partner.request(CREATE_TWINNING, {
      input: twinningInput(cast.ua.id, b.id, { status: 'ACTIVE' }),
    });
    expectFields(signed, [['input.status', 'not_allowed']]);
    const data = await cast.clients.partner.ok<{ createTwinningRelation: Relation }>(
      CREATE_TWINNING,
      {
        input: twinningInput(b.id, cast.ua.id, {
          status: 'PROPOSED',
          since: null,
          note: 'Пропозиція після круглого столу',
          areas: ['Культура', ' культура ', 'Туризм'],
          contacts: [{ organisationId: cast.ua.id, name: ' Ірина Харківська ' }],
        }),
      },
    );
    const relation = data.createTwinningRelation;
    expect(relation).toMatchObject({
      status: 'PROPOSED',
      areas: ['Культура', 'Туризм'],
      contacts: [{ organisationId: cast.ua.id, name: 'Ірина Харківська' }],
    });
    expect(relation.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(relation.history).toEqual([
      {
        fromStatus: null,
        toStatus: 'PROPOSED',
        effectiveOn: relation.since,
        note: 'Пропозиція після круглого столу',
        author: { id: cast.users.partner.id, name: cast.users.partner.name },
      },
    ]);
    const audit = await auditOf(app, relation.id);
    expect(audit.map((a) => [a.action, a.entityType, a.actorId])).toEqual([
      ['CREATE', 'TwinningRelation', cast.users.partner.id],
    ]);
    const [entry] = await app.dataSource.query<{ summary: string }[]>(
      'SELECT summary FROM audit_entry WHERE "entityId" = $1',
      [relation.id],
    );
    expect(entry?.summary).toBe(`${b.name} ↔ ${cast.ua.name}`);
  });

  it('lets a coordinator record a signed relation in a programme they coordinate', async () => {
    const b = await across();
    const relation = await propose(cast.ua.id, b.id, {
      status: 'ACTIVE',
      since: '2012-05-17',
      kind: 'AGREEMENT',
      programmeId: p.programme.id,
    });
    expect(relation).toMatchObject({ status: 'ACTIVE', since: '2012-05-17' });
    expect(relation.history[0]).toMatchObject({ toStatus: 'ACTIVE', effectiveOn: '2012-05-17' });
  });
});

describe('status changes', () => {
  it('allows only the workflow’s transitions', async () => {
    const b = await across();
    const relation = await buildTwinning(app.dataSource, cast.ua, b, {
      status: TwinningStatus.PROPOSED,
    });
    const rows = () => rowsOf(app, 'twinning_relation', 'id', relation.id);
    for (const status of ['DORMANT', 'PROPOSED']) {
      const result = await expectNoChange(app, rows, () =>
        cast.clients.coordinator.request(CHANGE_STATUS, { id: relation.id, version: 1, status }),
      );
      expectFields(result, [['status', 'transition_not_allowed']]);
    }
    const steps = ['NEGOTIATING', 'ACTIVE', 'DORMANT', 'ACTIVE', 'TERMINATED', 'NEGOTIATING'];
    let version = 1;
    for (const status of steps) {
      const data = await cast.clients.partner.ok<{ changeTwinningStatus: Relation }>(
        CHANGE_STATUS,
        { id: relation.id, version, status },
      );
      version = data.changeTwinningStatus.version;
      expect(data.changeTwinningStatus.status).toBe(status);
    }
    expect(version).toBe(steps.length + 1);
  });

  it('writes each change into the history with its author, note and date', async () => {
    const b = await across();
    const created = await cast.clients.partner.ok<{ createTwinningRelation: Relation }>(
      CREATE_TWINNING,
      { input: twinningInput(cast.ua.id, b.id, { since: '2026-03-01', note: 'Пропонуємо' }) },
    );
    const id = created.createTwinningRelation.id;
    const activated = await cast.clients.coordinator.ok<{ changeTwinningStatus: Relation }>(
      CHANGE_STATUS,
      { id, version: 1, status: 'NEGOTIATING', note: 'Узгоджуємо текст', on: '2026-03-10' },
    );
    expect(activated.changeTwinningStatus.version).toBe(2);
    const signed = await cast.clients.admin.ok<{ changeTwinningStatus: Relation }>(CHANGE_STATUS, {
      id,
      version: 2,
      status: 'ACTIVE',
      note: 'Підписано угоду',
    });
    const history = signed.changeTwinningStatus.history;
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.note, h.author?.id])).toEqual([
      [null, 'PROPOSED', 'Пропонуємо', cast.users.partner.id],
      ['PROPOSED', 'NEGOTIATING', 'Узгоджуємо текст', cast.users.coordinator.id],
      ['NEGOTIATING', 'ACTIVE', 'Підписано угоду', cast.users.admin.id],
    ]);
    expect(history.map((h) => h.effectiveOn).slice(0, 2)).toEqual(['2026-03-01', '2026-03-10']);
    const audit = await auditOf(app, id);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect(audit[2]?.changes).toEqual([
      { field: 'status', before: 'NEGOTIATING', after: 'ACTIVE' },
    ]);
  });

  it('keeps the history in order and dates a signing without a since', async () => {
    const b = await across();
    const relation = await buildTwinning(app.dataSource, cast.ua, b, {
      status: TwinningStatus.NEGOTIATING,
      since: '2026-03-10',
    });
    const early = await cast.clients.admin.request(CHANGE_STATUS, {
      id: relation.id,
      version: 1,
      status: 'ACTIVE',
      on: '2026-03-09',
    });
    expectFields(early, [['on', 'out_of_range']]);
    await app.dataSource.query('UPDATE twinning_relation SET since = NULL WHERE id = $1', [
      relation.id,
    ]);
    const data = await cast.clients.admin.ok<{ changeTwinningStatus: Relation }>(CHANGE_STATUS, {
      id: relation.id,
      version: 1,
      status: 'ACTIVE',
      on: '2026-04-02',
    });
    expect(data.changeTwinningStatus.since).toBe('2026-04-02');
  });

  it('answers a stale version with CONFLICT naming who changed it, and changes nothing', async () => {
    const b = await across();
    const relation = await buildTwinning(app.dataSource, cast.ua, b, {
      status: TwinningStatus.PROPOSED,
      programmeId: p.programme.id,
    });
    await cast.clients.partner.ok(CHANGE_STATUS, {
      id: relation.id,
      version: 1,
      status: 'NEGOTIATING',
    });
    const rows = async () => [
      await rowsOf(app, 'twinning_relation', 'id', relation.id),
      await rowsOf(app, 'twinning_status_change', 'relationId', relation.id),
    ];
    // The coordinator still sees PROPOSED: the same move is stale, not a bad transition.
    const stale = await expectNoChange(app, rows, () =>
      cast.clients.coordinator.request(CHANGE_STATUS, {
        id: relation.id,
        version: 1,
        status: 'NEGOTIATING',
      }),
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      currentVersion: 2,
      updatedBy: cast.users.partner.name,
    });
    const staleUpdate = await expectNoChange(app, rows, () =>
      cast.clients.coordinator.request(UPDATE_TWINNING, {
        id: relation.id,
        version: 1,
        input: detailsInput({ programmeId: p.programme.id }),
      }),
    );
    expect(staleUpdate.errors?.[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);
  });
});

describe('details and links', () => {
  it('updates the details, audited, and moves a relation only into a programme one may use', async () => {
    const b = await across();
    const relation = await buildTwinning(app.dataSource, cast.ua, b);
    const other = await buildProgramme(app.dataSource, {
      coordinators: [cast.users.otherCoordinator],
    });
    expect(
      await cast.clients.coordinator.code(UPDATE_TWINNING, {
        id: relation.id,
        version: 1,
        input: detailsInput({ programmeId: other.programme.id }),
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    const data = await cast.clients.coordinator.ok<{ updateTwinningRelation: Relation }>(
      UPDATE_TWINNING,
      {
        id: relation.id,
        version: 1,
        input: detailsInput({
          programmeId: p.programme.id,
          contacts: [{ organisationId: b.id, name: 'Anna Nowak', position: 'Wójt' }],
        }),
      },
    );
    expect(data.updateTwinningRelation).toMatchObject({ version: 2, areas: ['Економіка'] });
    expect(data.updateTwinningRelation.contacts[0]?.organisation.id).toBe(b.id);
    const audit = await auditOf(app, relation.id);
    expect(
      audit
        .at(-1)
        ?.changes.map((c) => c.field)
        .sort(),
    ).toEqual(['areas', 'contacts', 'kind', 'programmeId', 'since']);
  });

  it('links and unlinks events, audited, and shows each reader only events they may read', async () => {
    const b = await across();
    const relation = await buildTwinning(app.dataSource, cast.ua, b);
    const visit = await buildEvent(app.dataSource, p.programme.id, { title: 'Візит делегації' });
    // A programme the partner's council takes no part in.
    const elsewhere = await buildProgramme(app.dataSource, { partners: [cast.pl] });
    const hidden = await buildEvent(app.dataSource, elsewhere.programme.id);
    for (const eventId of [visit.id, visit.id, hidden.id]) {
      await cast.clients.admin.ok(LINK_EVENT, { id: relation.id, eventId });
    }
    const seen = async (member: 'admin' | 'partner') =>
      (
        await cast.clients[member].ok<{ twinningRelation: { events: { id: string }[] } }>(
          TWINNING,
          { id: relation.id },
        )
      ).twinningRelation.events.map((e) => e.id);
    expect(await seen('admin')).toEqual([visit.id, hidden.id]);
    expect(await seen('partner')).toEqual([visit.id]);
    // Nor may the partner link an event it cannot read.
    expect(
      await cast.clients.partner.code(LINK_EVENT, { id: relation.id, eventId: hidden.id }),
    ).toBe(ErrorCode.NOT_FOUND);
    const unlinked = await cast.clients.partner.ok<{
      unlinkTwinningEvent: { events: { id: string }[] };
    }>(UNLINK_EVENT, { id: relation.id, eventId: visit.id });
    expect(unlinked.unlinkTwinningEvent.events).toEqual([]);
    const audit = await auditOf(app, relation.id);
    expect(audit.map((a) => a.changes[0])).toEqual([
      { field: 'linkedEventId', before: null, after: visit.id },
      { field: 'linkedEventId', before: null, after: hidden.id },
      { field: 'linkedEventId', before: visit.id, after: null },
    ]);
  });
});

describe('filters and figures', () => {
  it('filters by programme, organisation, status, country and area', async () => {
    const kh = await buildOrganisation(app.dataSource, { country: 'UA' });
    const md = await buildOrganisation(app.dataSource, { country: 'MD' });
    const sk = await buildOrganisation(app.dataSource, { country: 'SK' });
    const culture = await buildTwinning(app.dataSource, kh, md, {
      areas: ['Освіта', 'Культура'],
      status: TwinningStatus.DORMANT,
      programmeId: p.programme.id,
    });
    const economy = await buildTwinning(app.dataSource, sk, kh, { areas: ['Економіка'] });
    const ids = async (variables: Record<string, unknown>) =>
      (
        await cast.clients.observer.ok<{ twinningRelations: { id: string }[] }>(TWINNINGS, {
          organisationId: kh.id,
          ...variables,
        })
      ).twinningRelations.map((r) => r.id);
    expect((await ids({})).sort()).toEqual([culture.id, economy.id].sort());
    expect(await ids({ status: 'DORMANT' })).toEqual([culture.id]);
    expect(await ids({ country: 'SK' })).toEqual([economy.id]);
    expect(await ids({ area: 'Освіта' })).toEqual([culture.id]);
    expect(await ids({ programmeId: p.programme.id })).toEqual([culture.id]);
    expect(await ids({ area: 'Спорт' })).toEqual([]);
    const areas = await cast.clients.observer.ok<{ twinningAreas: string[] }>(AREAS);
    expect(areas.twinningAreas).toEqual(expect.arrayContaining(['Економіка', 'Освіта']));
    const bad = await cast.clients.observer.request(TWINNINGS, {
      organisationId: 'x',
      country: 'pl',
    });
    expectFields(bad, [
      ['organisationId', 'unknown_reference'],
      ['country', 'invalid'],
    ]);
  });

  it('counts the programme’s relations by status on the dashboard, every status listed', async () => {
    const counted = await castProgramme(app, cast);
    const statuses = [TwinningStatus.ACTIVE, TwinningStatus.ACTIVE, TwinningStatus.PROPOSED];
    for (const status of statuses) {
      await buildTwinning(app.dataSource, cast.ua, await across(), {
        status,
        programmeId: counted.programme.id,
      });
    }
    await buildTwinning(app.dataSource, cast.ua, await across());
    const data = await cast.clients.observer.ok<{
      programmeDashboard: { twinningByStatus: { status: string; count: number }[] };
    }>(TWINNING_DASHBOARD, { programmeId: counted.programme.id });
    expect(data.programmeDashboard.twinningByStatus).toEqual([
      { status: 'PROPOSED', count: 1 },
      { status: 'NEGOTIATING', count: 0 },
      { status: 'ACTIVE', count: 2 },
      { status: 'DORMANT', count: 0 },
      { status: 'TERMINATED', count: 0 },
    ]);
  });
});
