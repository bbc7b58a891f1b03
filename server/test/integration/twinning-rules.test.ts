import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ErrorCode, TwinningStatus } from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import { buildTwinning } from '../factories';
import type { TestApp } from '../graphql';
import {
  auditOf,
  expectFields,
  expectNoChange,
  rowsOf,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import {
  CHANGE_STATUS,
  CREATE_TWINNING,
  detailsInput,
  twinningInput,
  UPDATE_TWINNING,
  type Relation,
} from '../twinning-documents';
import { twinningSteps } from '../twinning-steps';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

const { across, propose } = twinningSteps(() => ({ app, cast }));

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
    // Proposed by the council across the border, so the partner's council may sign it.
    const relation = await buildTwinning(app.dataSource, cast.ua, b, {
      status: TwinningStatus.PROPOSED,
      proposingOrganisationId: b.id,
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
