import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_SIDES, Role } from '@spilno/shared';
import { ProgrammeSide } from '../../src/modules/programmes/programme-side.entity';
import { useCast } from '../cast-world';
import {
  buildAction,
  buildOrganisation,
  buildPartner,
  buildProgramme,
  buildSignatory,
  buildUser,
} from '../factories';
import type { GraphQLResult, TestApp } from '../graphql';
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
  ADD_COORDINATOR,
  ADD_PARTNER,
  ADD_SIDE,
  ADD_SIGNATORY,
  REMOVE_COORDINATOR,
  REMOVE_PARTNER,
  REMOVE_SIDE,
  REMOVE_SIGNATORY,
  UPDATE_PARTNER,
  UPDATE_SIDE,
} from '../programme-documents';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCast((world) => ({ app, cast } = world));
beforeEach(async () => {
  p = await castProgramme(app, cast);
});

const coordinator = () => cast.clients.coordinator;
/** Rows of a programme's `table`, to show a refused change left them alone. */
const rowsOfProgramme = (table: string) => () => rowsOf(app, table, 'programmeId', p.programme.id);

describe('addPartner', () => {
  const add = (organisationId: string, sideId: string) =>
    coordinator().request<{ addPartner: { id: string } }>(ADD_PARTNER, {
      programmeId: p.programme.id,
      organisationId,
      sideId,
      role: 'LEAD',
    });

  it('seats an organisation on the side of its country and audits it', async () => {
    const organisation = await buildOrganisation(app.dataSource, { country: 'PL' });
    const result = await add(organisation.id, p.plSide.id);
    expect(result.data?.addPartner).toMatchObject({
      role: 'LEAD',
      version: 1,
      side: { id: p.plSide.id },
      organisation: { id: organisation.id },
    });
    expect(await lastAudit(app, result.data?.addPartner.id ?? '')).toMatchObject({
      action: 'CREATE',
      entityType: 'Partner',
      fields: ['organisationId', 'role', 'sideId'],
    });
  });

  it.each<[string, () => Promise<[string, string]>, [string, string]]>([
    [
      'a side of another country',
      async () => [(await buildOrganisation(app.dataSource)).id, p.plSide.id],
      ['sideId', 'side_country_mismatch'],
    ],
    [
      'an unknown side',
      async () => [(await buildOrganisation(app.dataSource)).id, randomUUID()],
      ['sideId', 'unknown_reference'],
    ],
    [
      'a side of another programme',
      async () => [
        (await buildOrganisation(app.dataSource)).id,
        (await buildProgramme(app.dataSource)).sides[0]?.id ?? '',
      ],
      ['sideId', 'unknown_reference'],
    ],
    [
      'an organisation already a partner',
      async () => [cast.ua.id, p.uaSide.id],
      ['organisationId', 'taken'],
    ],
    [
      'an unknown organisation',
      async () => [randomUUID(), p.uaSide.id],
      ['organisationId', 'unknown_reference'],
    ],
  ])('refuses %s by field and changes nothing', async (_case, args, field) => {
    const [organisationId, sideId] = await args();
    const result = await expectNoChange(app, rowsOfProgramme('partner'), () =>
      add(organisationId, sideId),
    );
    expectFields(result, [field]);
  });
});

describe('updatePartner and removePartner', () => {
  it('changes the role, audits it, and moves a partner only to a side of its country', async () => {
    const organisation = await buildOrganisation(app.dataSource);
    const partner = await buildPartner(app.dataSource, p, organisation);
    const result = await coordinator().request(UPDATE_PARTNER, {
      id: partner.id,
      version: 1,
      input: { role: 'ASSOCIATED' },
    });
    expect(result.data).toMatchObject({ updatePartner: { role: 'ASSOCIATED', version: 2 } });
    expect(await lastAudit(app, partner.id)).toMatchObject({ action: 'UPDATE', fields: ['role'] });

    const moved = await expectNoChange(app, rowsOfProgramme('partner'), () =>
      coordinator().request(UPDATE_PARTNER, {
        id: partner.id,
        version: 2,
        input: { sideId: p.plSide.id },
      }),
    );
    expectFields(moved, [['input.sideId', 'side_country_mismatch']]);
  });

  it('removes a partner and audits it, but never one responsible for actions', async () => {
    const spare = await buildPartner(app.dataSource, p, await buildOrganisation(app.dataSource));
    expect(await coordinator().ok(REMOVE_PARTNER, { id: spare.id, version: 1 })).toEqual({
      removePartner: true,
    });
    expect(await rowsOf(app, 'partner', 'id', spare.id)).toEqual([]);
    expect(await lastAudit(app, spare.id)).toMatchObject({
      action: 'DELETE',
      fields: ['organisationId', 'role', 'sideId'],
    });

    await buildAction(app.dataSource, p.programme.id, { responsible: [p.uaPartner] });
    const result = await expectNoChange(app, rowsOfProgramme('partner'), () =>
      coordinator().request(REMOVE_PARTNER, { id: p.uaPartner.id, version: 1 }),
    );
    expectFields(result, [['id', 'in_use']]);
  });
});

describe('programme sides', () => {
  const addSide = (country: string) =>
    coordinator().request<{ addProgrammeSide: { id: string } }>(ADD_SIDE, {
      programmeId: p.programme.id,
      input: { name: 'Prešovský kraj', country },
    });

  it('adds, renames and removes a side, auditing each', async () => {
    const added = await addSide('SK');
    expect(added.data?.addProgrammeSide).toMatchObject({ country: 'SK', position: 2 });
    const id = added.data?.addProgrammeSide.id ?? '';
    expect(await lastAudit(app, id)).toMatchObject({
      action: 'CREATE',
      entityType: 'ProgrammeSide',
      fields: ['country', 'name'],
    });

    await coordinator().ok(UPDATE_SIDE, { id, input: { name: 'Košický kraj', country: 'SK' } });
    expect(await lastAudit(app, id)).toMatchObject({ action: 'UPDATE', fields: ['name'] });

    expect(await coordinator().ok(REMOVE_SIDE, { id })).toEqual({ removeProgrammeSide: true });
    expect(await lastAudit(app, id)).toMatchObject({ action: 'DELETE' });
    expect(await rowsOfProgramme('programme_side')()).toHaveLength(2);
  });

  it('refuses a malformed country and more than the maximum of sides', async () => {
    expectFields(
      await expectNoChange(app, rowsOfProgramme('programme_side'), () => addSide('Slovakia')),
      [['input.country', 'invalid']],
    );
    await app.dataSource.getRepository(ProgrammeSide).save(
      Array.from({ length: MAX_SIDES - 2 }, (_, i) => ({
        programmeId: p.programme.id,
        name: `Side ${i}`,
        country: 'SK',
        position: i + 2,
      })),
    );
    expectFields(
      await expectNoChange(app, rowsOfProgramme('programme_side'), () => addSide('SK')),
      [['programmeId', 'out_of_range']],
    );
  });

  it('keeps partners on the side of their country and a programme at two sides or more', async () => {
    const refusals: [() => Promise<GraphQLResult>, [string, string]][] = [
      [
        () =>
          coordinator().request(UPDATE_SIDE, {
            id: p.uaSide.id,
            input: { name: 'X', country: 'MD' },
          }),
        ['input.country', 'side_country_mismatch'],
      ],
      [
        () =>
          coordinator().request(UPDATE_SIDE, {
            id: p.uaSide.id,
            input: { name: ' ', country: 'UA' },
          }),
        ['input.name', 'required'],
      ],
      [() => coordinator().request(REMOVE_SIDE, { id: p.plSide.id }), ['id', 'out_of_range']],
    ];
    for (const [request, field] of refusals) {
      const result = await expectNoChange(app, rowsOfProgramme('programme_side'), request);
      expectFields(result, [field]);
    }
    // With a third side the programme may lose one, but not one that partners sit on.
    await addSide('SK');
    expectFields(
      await expectNoChange(app, rowsOfProgramme('programme_side'), () =>
        coordinator().request(REMOVE_SIDE, { id: p.plSide.id }),
      ),
      [['id', 'in_use']],
    );
  });
});

describe('signatories', () => {
  it('adds a signatory with an organisation and removes one, auditing both', async () => {
    const result = await coordinator().request<{ addSignatory: { id: string } }>(ADD_SIGNATORY, {
      programmeId: p.programme.id,
      input: {
        person: ' Олена Коваль ',
        position: 'Голова',
        organisationId: cast.ua.id,
        signedOn: '2026-01-15',
      },
    });
    expect(result.data?.addSignatory).toMatchObject({
      person: 'Олена Коваль',
      signedOn: '2026-01-15',
      organisation: { id: cast.ua.id },
    });
    const id = result.data?.addSignatory.id ?? '';
    expect(await lastAudit(app, id)).toMatchObject({
      action: 'CREATE',
      entityType: 'ProgrammeSignatory',
      fields: ['organisationId', 'person', 'position', 'signedOn'],
    });

    const signatory = await buildSignatory(app.dataSource, p.programme.id);
    await coordinator().ok(REMOVE_SIGNATORY, { id: signatory.id });
    expect(await rowsOf(app, 'programme_signatory', 'id', signatory.id)).toEqual([]);
    expect(await lastAudit(app, signatory.id)).toMatchObject({ action: 'DELETE' });
  });

  it('refuses a blank name and an unknown organisation', async () => {
    for (const [input, field] of [
      [{ person: '  ' }, ['input.person', 'required']],
      [
        { person: 'Іван Петренко', organisationId: randomUUID() },
        ['input.organisationId', 'unknown_reference'],
      ],
    ] as [Record<string, unknown>, [string, string]][]) {
      const result = await expectNoChange(app, rowsOfProgramme('programme_signatory'), () =>
        coordinator().request(ADD_SIGNATORY, { programmeId: p.programme.id, input }),
      );
      expectFields(result, [field]);
    }
  });
});

describe('coordinators', () => {
  const coordinators = rowsOfProgramme('programme_coordinator');

  it('adds a coordinator, who may then edit, and removes one, auditing both', async () => {
    const colleague = await buildUser(app.dataSource, { role: Role.COORDINATOR });
    const args = { programmeId: p.programme.id, userId: colleague.id };
    expect(await coordinator().ok(ADD_COORDINATOR, args)).toEqual({ addCoordinator: true });
    const canEdit = `query ($id: ID!) { programme(id: $id) { canEdit } }`;
    const client = await app.as(colleague);
    expect(await client.ok(canEdit, { id: p.programme.id })).toEqual({
      programme: { canEdit: true },
    });
    expect(await lastAudit(app, p.programme.id)).toMatchObject({
      action: 'CREATE',
      entityType: 'ProgrammeCoordinator',
      changes: [{ field: 'userId', before: null, after: colleague.id }],
    });

    expect(await client.ok(REMOVE_COORDINATOR, args)).toEqual({ removeCoordinator: true });
    expect(await client.ok(canEdit, { id: p.programme.id })).toEqual({
      programme: { canEdit: false },
    });
    expect(await lastAudit(app, p.programme.id)).toMatchObject({
      action: 'DELETE',
      changes: [{ field: 'userId', before: colleague.id, after: null }],
    });
  });

  it('refuses accounts that cannot coordinate, and removing the last coordinator', async () => {
    const inactive = await buildUser(app.dataSource, { role: Role.COORDINATOR, active: false });
    for (const userId of [cast.users.observer.id, cast.users.partner.id, inactive.id]) {
      const result = await expectNoChange(app, coordinators, () =>
        coordinator().request(ADD_COORDINATOR, { programmeId: p.programme.id, userId }),
      );
      expectFields(result, [['userId', 'unknown_reference']]);
    }
    // Adding a coordinator again is no change, and the audit log records none.
    const again = await expectNoChange(app, coordinators, () =>
      coordinator().request(ADD_COORDINATOR, {
        programmeId: p.programme.id,
        userId: cast.users.coordinator.id,
      }),
    );
    expect(again.data).toEqual({ addCoordinator: true });
    const last = await expectNoChange(app, coordinators, () =>
      coordinator().request(REMOVE_COORDINATOR, {
        programmeId: p.programme.id,
        userId: cast.users.coordinator.id,
      }),
    );
    expectFields(last, [['userId', 'in_use']]);
  });
});
