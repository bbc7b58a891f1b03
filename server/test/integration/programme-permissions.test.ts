import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ErrorCode, ProgrammeStatus, Role } from '@spilno/shared';
import { ProgrammeCoordinator } from '../../src/modules/programmes/programme-coordinator.entity';
import { ProgrammeSide } from '../../src/modules/programmes/programme-side.entity';
import { useCast } from '../cast-world';
import {
  buildAction,
  buildIndicator,
  buildOrganisation,
  buildPartner,
  buildSignatory,
  buildUser,
} from '../factories';
import type { Client, GraphQLResult, TestApp } from '../graphql';
import { CALLERS, deniedCode, expectRefused, type CallerName } from '../matrix';
import {
  auditCount,
  auditOf,
  CAST,
  castProgramme,
  refusal,
  type Access,
  type Cast,
  type CastProgramme,
  type Member,
  type SignedIn,
} from '../programme-cast';
import * as gql from '../programme-documents';

let app: TestApp;
let cast: Cast;

interface ScopedOperation {
  name: string;
  access: Access;
  /** A query: it succeeds with data and writes no audit entry. */
  query?: boolean;
  /** Answers null, not NOT_FOUND, for a record the caller may not read. */
  hiddenAsNull?: boolean;
  /** Runs the operation with valid input on a fresh target of the programme. */
  run(client: Client, p: CastProgramme): Promise<GraphQLResult>;
  /** Runs it with input the service refuses, where the case has such input. */
  bad?(client: Client, p: CastProgramme): Promise<GraphQLResult> | undefined;
}

const extraPartner = async (p: CastProgramme) =>
  buildPartner(app.dataSource, p, await buildOrganisation(app.dataSource));

const addPartnerOn =
  (side: 'uaSide' | 'plSide') =>
  async (c: Client, p: CastProgramme): Promise<GraphQLResult> =>
    c.request(gql.ADD_PARTNER, {
      programmeId: p.programme.id,
      organisationId: (await buildOrganisation(app.dataSource)).id,
      sideId: p[side].id,
      role: 'ASSOCIATED',
    });

const OPERATIONS: ScopedOperation[] = [
  {
    name: 'updateProgramme',
    access: 'coordinate',
    run: (c, { programme: { id, version } }) =>
      c.request(gql.UPDATE_PROGRAMME, { id, version, input: { title: 'Оновлена назва' } }),
    bad: (c, { programme: { id, version } }) =>
      c.request(gql.UPDATE_PROGRAMME, {
        id,
        version,
        input: { startsOn: '2027-06-01', endsOn: '2026-06-01' },
      }),
  },
  {
    name: 'publishProgramme',
    access: 'coordinate',
    run: (c, { programme: { id, version, status } }) =>
      c.request(gql.PUBLISH_PROGRAMME, {
        id,
        version,
        published: status !== ProgrammeStatus.DRAFT,
      }),
    bad: (c, { programme: { id, version, status } }) =>
      status === ProgrammeStatus.DRAFT
        ? c.request(gql.PUBLISH_PROGRAMME, { id, version, published: true })
        : undefined,
  },
  // A fresh UA council belongs on the UA side; on the PL side it is refused.
  {
    name: 'addPartner',
    access: 'coordinate',
    run: addPartnerOn('uaSide'),
    bad: addPartnerOn('plSide'),
  },
  {
    name: 'updatePartner',
    access: 'coordinate',
    run: async (c, p) => {
      const { id, version } = await extraPartner(p);
      return c.request(gql.UPDATE_PARTNER, { id, version, input: { role: 'LEAD' } });
    },
    bad: async (c, p) => {
      const { id, version } = await extraPartner(p);
      return c.request(gql.UPDATE_PARTNER, { id, version, input: { sideId: p.plSide.id } });
    },
  },
  {
    name: 'removePartner',
    access: 'coordinate',
    run: async (c, p) => c.request(gql.REMOVE_PARTNER, await extraPartner(p).then(idAndVersion)),
    bad: async (c, p) => {
      const partner = await extraPartner(p);
      await buildAction(app.dataSource, p.programme.id, { responsible: [partner] });
      return c.request(gql.REMOVE_PARTNER, idAndVersion(partner));
    },
  },
  {
    name: 'addProgrammeSide',
    access: 'coordinate',
    run: (c, p) =>
      c.request(gql.ADD_SIDE, {
        programmeId: p.programme.id,
        input: { name: 'Prešovský kraj', country: 'SK' },
      }),
    bad: (c, p) =>
      c.request(gql.ADD_SIDE, {
        programmeId: p.programme.id,
        input: { name: 'Prešovský kraj', country: 'sk' },
      }),
  },
  {
    name: 'updateProgrammeSide',
    access: 'coordinate',
    run: (c, p) =>
      c.request(gql.UPDATE_SIDE, { id: p.uaSide.id, input: { name: 'Харківщина', country: 'UA' } }),
    bad: (c, p) =>
      c.request(gql.UPDATE_SIDE, { id: p.uaSide.id, input: { name: '', country: 'UA' } }),
  },
  {
    name: 'removeProgrammeSide',
    access: 'coordinate',
    run: async (c, p) => {
      const side = await app.dataSource
        .getRepository(ProgrammeSide)
        .save({ programmeId: p.programme.id, name: 'Prešovský kraj', country: 'SK', position: 2 });
      return c.request(gql.REMOVE_SIDE, { id: side.id });
    },
    // The UA side has a partner on it, and the programme keeps two sides.
    bad: (c, p) => c.request(gql.REMOVE_SIDE, { id: p.uaSide.id }),
  },
  {
    name: 'addSignatory',
    access: 'coordinate',
    run: (c, p) =>
      c.request(gql.ADD_SIGNATORY, {
        programmeId: p.programme.id,
        input: { person: 'Олена Коваль', position: 'Голова ради', organisationId: cast.ua.id },
      }),
    bad: (c, p) =>
      c.request(gql.ADD_SIGNATORY, { programmeId: p.programme.id, input: { person: '' } }),
  },
  {
    name: 'removeSignatory',
    access: 'coordinate',
    run: async (c, p) =>
      c.request(gql.REMOVE_SIGNATORY, {
        id: (await buildSignatory(app.dataSource, p.programme.id)).id,
      }),
  },
  {
    name: 'addCoordinator',
    access: 'coordinate',
    run: async (c, p) =>
      c.request(gql.ADD_COORDINATOR, {
        programmeId: p.programme.id,
        userId: (await buildUser(app.dataSource, { role: Role.COORDINATOR })).id,
      }),
    bad: (c, p) =>
      c.request(gql.ADD_COORDINATOR, {
        programmeId: p.programme.id,
        userId: cast.users.observer.id,
      }),
  },
  {
    name: 'removeCoordinator',
    access: 'coordinate',
    run: async (c, p) => {
      const user = await buildUser(app.dataSource, { role: Role.COORDINATOR });
      await app.dataSource
        .getRepository(ProgrammeCoordinator)
        .save({ programmeId: p.programme.id, userId: user.id });
      return c.request(gql.REMOVE_COORDINATOR, { programmeId: p.programme.id, userId: user.id });
    },
    bad: (c, p) =>
      c.request(gql.REMOVE_COORDINATOR, {
        programmeId: p.programme.id,
        userId: cast.users.observer.id,
      }),
  },
  {
    name: 'createAction',
    access: 'coordinate',
    run: (c, p) =>
      c.request(gql.CREATE_ACTION, { programmeId: p.programme.id, input: gql.actionInput() }),
    bad: (c, p) =>
      c.request(gql.CREATE_ACTION, {
        programmeId: p.programme.id,
        input: gql.actionInput({ dueOn: '2026-02-01' }),
      }),
  },
  {
    name: 'updateAction',
    access: 'coordinate',
    run: async (c, p) =>
      c.request(gql.UPDATE_ACTION, { ...(await actionOf(p)), input: gql.actionInput() }),
    bad: async (c, p) =>
      c.request(gql.UPDATE_ACTION, {
        ...(await actionOf(p)),
        input: gql.actionInput({ startsOn: '2025-12-01' }),
      }),
  },
  {
    name: 'removeAction',
    access: 'coordinate',
    run: async (c, p) => c.request(gql.REMOVE_ACTION, await actionOf(p)),
    bad: async (c, p) => {
      const parent = await actionOf(p);
      await buildAction(app.dataSource, p.programme.id, { parentId: parent.id });
      return c.request(gql.REMOVE_ACTION, parent);
    },
  },
  {
    name: 'reportActionProgress',
    access: 'report',
    run: async (c, p) => c.request(gql.REPORT_PROGRESS, { ...(await actionOf(p)), progress: 40 }),
    bad: async (c, p) => c.request(gql.REPORT_PROGRESS, { ...(await actionOf(p)), progress: 150 }),
  },
  {
    name: 'createIndicator',
    access: 'coordinate',
    run: (c, p) =>
      c.request(gql.CREATE_INDICATOR, { programmeId: p.programme.id, input: gql.indicatorInput() }),
    bad: (c, p) =>
      c.request(gql.CREATE_INDICATOR, {
        programmeId: p.programme.id,
        input: gql.indicatorInput({ name: '' }),
      }),
  },
  {
    name: 'updateIndicator',
    access: 'coordinate',
    run: async (c, p) =>
      c.request(gql.UPDATE_INDICATOR, {
        ...idAndVersion(await buildIndicator(app.dataSource, p.programme.id)),
        input: gql.indicatorInput({ achieved: 3 }),
      }),
    bad: async (c, p) =>
      c.request(gql.UPDATE_INDICATOR, {
        ...idAndVersion(await buildIndicator(app.dataSource, p.programme.id)),
        input: gql.indicatorInput({ target: -1 }),
      }),
  },
  {
    name: 'removeIndicator',
    access: 'coordinate',
    run: async (c, p) =>
      c.request(
        gql.REMOVE_INDICATOR,
        idAndVersion(await buildIndicator(app.dataSource, p.programme.id)),
      ),
  },
  {
    name: 'programmeDashboard',
    access: 'read',
    query: true,
    run: (c, p) => c.request(gql.DASHBOARD, { programmeId: p.programme.id }),
  },
  {
    name: 'Programme.budget',
    access: 'read',
    query: true,
    hiddenAsNull: true,
    run: (c, p) => c.request(gql.BUDGET, { id: p.programme.id }),
  },
  {
    name: 'action',
    access: 'read',
    query: true,
    hiddenAsNull: true,
    run: async (c, p) => c.request(gql.ACTION_QUERY, { id: (await actionOf(p)).id }),
  },
];

function idAndVersion(record: { id: string; version: number }) {
  return { id: record.id, version: record.version };
}

/** A fresh action of the programme, the cast's UA partner responsible for it. */
async function actionOf(p: CastProgramme) {
  const action = await buildAction(app.dataSource, p.programme.id, {
    responsible: [p.uaPartner],
  });
  return idAndVersion(action);
}

/** The single root field of a response's data. */
const rootOf = (result: GraphQLResult) => Object.values(result.data ?? {})[0];

useCast((world) => ({ app, cast } = world));

describe.each(OPERATIONS)('$name', (operation) => {
  describe.each([ProgrammeStatus.DRAFT, ProgrammeStatus.ACTIVE])('of a %s programme', (status) => {
    it.each(CAST)('as %s', async (member: Member) => {
      const p = await castProgramme(app, cast, { status });
      const client = cast.clients[member];
      const code = refusal(member, operation.access, status);
      const audited = await auditCount(app);

      const result = await operation.run(client, p);
      if (code === undefined) {
        expect(result.errors).toBeUndefined();
        expect(rootOf(result)).not.toBeNull();
      } else if (operation.hiddenAsNull) {
        // A nullable root: hidden records answer null; signed out, null with the error.
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(
          code === ErrorCode.NOT_FOUND ? undefined : [code],
        );
        expect(rootOf(result)).toBeNull();
      } else {
        expectRefused(result, code);
      }
      const written = code === undefined && !operation.query ? 1 : 0;
      expect(await auditCount(app)).toBe(audited + written);
      if (written) {
        const entries = await app.dataSource.query<{ actorId: string }[]>(
          'SELECT "actorId" FROM audit_entry ORDER BY at DESC, id LIMIT 1',
        );
        expect(entries[0]?.actorId).toBe(cast.users[member as SignedIn].id);
      }

      // Permission comes before validation: bad input tells an outsider nothing more.
      const bad = await operation.bad?.(client, p);
      if (bad) {
        expectRefused(bad, code ?? ErrorCode.BAD_USER_INPUT);
        expect(await auditCount(app)).toBe(audited + written);
      }
    });
  });
});

describe('createProgramme', () => {
  const MEMBER: Record<CallerName, Member> = {
    [Role.ADMIN]: 'admin',
    [Role.COORDINATOR]: 'coordinator',
    [Role.PARTNER]: 'partner',
    [Role.OBSERVER]: 'observer',
    anonymous: 'anonymous',
  };

  it.each(CALLERS)('as %s', async (caller) => {
    const client = cast.clients[MEMBER[caller]];
    const code = deniedCode(caller, [Role.ADMIN, Role.COORDINATOR]);
    const input = gql.programmeInput();
    const result = await client.request<{ createProgramme: { id: string } }>(gql.CREATE_PROGRAMME, {
      input,
    });
    const bad = await client.request(gql.CREATE_PROGRAMME, {
      input: gql.programmeInput({ endsOn: '2025-12-31' }),
    });
    expectRefused(bad, code ?? ErrorCode.BAD_USER_INPUT);
    const stored = await app.dataSource.query('SELECT id FROM programme WHERE code = $1', [
      input.code,
    ]);
    if (code) {
      expectRefused(result, code);
      expect(stored).toEqual([]);
      return;
    }
    const id = result.data?.createProgramme.id ?? '';
    expect(stored).toEqual([{ id }]);
    expect((await auditOf(app, id)).map((e) => e.actorId)).toEqual([
      cast.users[MEMBER[caller] as SignedIn].id,
    ]);
  });
});
