import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, Role } from '@spilno/shared';
import { ProgrammeCoordinator } from '../../src/modules/programmes/programme-coordinator.entity';
import { ProgrammeSide } from '../../src/modules/programmes/programme-side.entity';
import type { User } from '../../src/modules/users/user.entity';
import { useCast } from '../cast-world';
import {
  buildAction,
  buildIndicator,
  buildOrganisation,
  buildPartner,
  buildProgramme,
  buildUser,
} from '../factories';
import type { Client, GraphQLResult, TestApp } from '../graphql';
import {
  auditCount,
  auditOf,
  castProgramme,
  rowsOf,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import {
  actionInput,
  ADD_SIDE,
  indicatorInput,
  PUBLISH_PROGRAMME,
  REMOVE_ACTION,
  REMOVE_COORDINATOR,
  REMOVE_INDICATOR,
  REMOVE_PARTNER,
  REMOVE_SIDE,
  REPORT_PROGRESS,
  UPDATE_ACTION,
  UPDATE_INDICATOR,
  UPDATE_PARTNER,
  UPDATE_PROGRAMME,
} from '../programme-documents';

let app: TestApp;
let cast: Cast;
/** A second coordinator of every programme here, so two people can edit one record. */
let second: { user: User; client: Client };

interface Versioned {
  id: string;
  version: number;
}

/** An editable record, a change that moves its version on, and the operation under test. */
interface VersionedCase {
  name: string;
  table: string;
  build(p: CastProgramme): Promise<Versioned>;
  /** A valid change from `version`; `n` makes concurrent writers send different values. */
  change(client: Client, record: Versioned, n: number): Promise<GraphQLResult>;
  /** The operation tested with a stale version; the change itself when omitted. */
  stale?(client: Client, record: Versioned): Promise<GraphQLResult>;
}

const ROLES = ['LEAD', 'ASSOCIATED', 'PARTNER'];

const programme: Pick<VersionedCase, 'table' | 'build' | 'change'> = {
  table: 'programme',
  build: async (p) => p.programme,
  change: (c, { id, version }, n) =>
    c.request(UPDATE_PROGRAMME, { id, version, input: { title: `Назва ${n}` } }),
};
const partner: Pick<VersionedCase, 'table' | 'build' | 'change'> = {
  table: 'partner',
  build: async (p) => buildPartner(app.dataSource, p, await buildOrganisation(app.dataSource)),
  change: (c, { id, version }, n) =>
    c.request(UPDATE_PARTNER, { id, version, input: { role: ROLES[n % ROLES.length] } }),
};
const action: Pick<VersionedCase, 'table' | 'build' | 'change'> = {
  table: 'action',
  build: (p) => buildAction(app.dataSource, p.programme.id, { responsible: [p.uaPartner] }),
  change: (c, { id, version }, n) =>
    c.request(UPDATE_ACTION, { id, version, input: actionInput({ title: `Дія ${n}` }) }),
};
const indicator: Pick<VersionedCase, 'table' | 'build' | 'change'> = {
  table: 'indicator',
  build: (p) => buildIndicator(app.dataSource, p.programme.id),
  change: (c, { id, version }, n) =>
    c.request(UPDATE_INDICATOR, { id, version, input: indicatorInput({ achieved: n + 1 }) }),
};

const CASES: VersionedCase[] = [
  { name: 'updateProgramme', ...programme },
  {
    name: 'publishProgramme',
    ...programme,
    stale: (c, { id, version }) => c.request(PUBLISH_PROGRAMME, { id, version, published: true }),
  },
  { name: 'updatePartner', ...partner },
  {
    name: 'removePartner',
    ...partner,
    stale: (c, { id, version }) => c.request(REMOVE_PARTNER, { id, version }),
  },
  { name: 'updateAction', ...action },
  {
    name: 'reportActionProgress',
    ...action,
    change: (c, { id, version }, n) =>
      c.request(REPORT_PROGRESS, { id, version, progress: 10 + n, note: `Звіт ${n}` }),
  },
  {
    name: 'removeAction',
    ...action,
    stale: (c, { id, version }) => c.request(REMOVE_ACTION, { id, version }),
  },
  { name: 'updateIndicator', ...indicator },
  {
    name: 'removeIndicator',
    ...indicator,
    stale: (c, { id, version }) => c.request(REMOVE_INDICATOR, { id, version }),
  },
];

async function setUp(versioned: VersionedCase) {
  const p = await castProgramme(app, cast);
  await app.dataSource
    .getRepository(ProgrammeCoordinator)
    .save({ programmeId: p.programme.id, userId: second.user.id });
  const record = await versioned.build(p);
  return { p, record, rows: () => rowsOf(app, versioned.table, 'id', record.id) };
}

useCast((world) => ({ app, cast } = world));
beforeAll(async () => {
  const user = await buildUser(app.dataSource, { role: Role.COORDINATOR, name: 'Марія Шевченко' });
  second = { user, client: await app.as(user) };
});

describe.each(CASES)('$name with a stale version', (versioned) => {
  it('is a CONFLICT naming who changed the record, and changes nothing', async () => {
    const { record, rows } = await setUp(versioned);
    const changed = await versioned.change(second.client, record, 0);
    expect(changed.errors).toBeUndefined();
    const before = { rows: await rows(), audit: await auditCount(app) };

    const stale = versioned.stale ?? ((c, r) => versioned.change(c, r, 1));
    const result = await stale(cast.clients.coordinator, record);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.CONFLICT,
      currentVersion: record.version + 1,
      updatedBy: 'Марія Шевченко',
    });
    expect(result.data ?? null).toBeNull();
    expect({ rows: await rows(), audit: await auditCount(app) }).toEqual(before);
  });
});

const RACED = ['updateProgramme', 'updateAction', 'reportActionProgress', 'updatePartner'];

describe('simultaneous writers', () => {
  it.each(CASES.filter((c) => RACED.includes(c.name)))(
    '$name by three writers of one version: one wins, the others get CONFLICT',
    async (versioned) => {
      const { record } = await setUp(versioned);
      const writers = [cast.clients.coordinator, cast.clients.admin, second.client];
      const results = await Promise.all(writers.map((c, n) => versioned.change(c, record, n)));

      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual([ErrorCode.CONFLICT, ErrorCode.CONFLICT, 'OK']);
      expect(
        await app.dataSource.query(`SELECT version FROM "${versioned.table}" WHERE id = $1`, [
          record.id,
        ]),
      ).toEqual([{ version: record.version + 1 }]);
      const updates = (await auditOf(app, record.id)).filter((e) => e.action === 'UPDATE');
      expect(updates).toHaveLength(1);
      if (versioned.name === 'reportActionProgress') {
        expect(await rowsOf(app, 'action_progress_note', 'actionId', record.id)).toHaveLength(1);
      }
    },
  );

  /** Runs `race` on several programmes at once, so that the requests really interleave. */
  async function onSeveral(race: (p: CastProgramme) => Promise<void>): Promise<void> {
    const programmes: CastProgramme[] = [];
    for (let i = 0; i < 4; i++) programmes.push((await setUp(CASES[0] as VersionedCase)).p);
    await Promise.all(programmes.map(race));
  }

  it('two coordinators removing each other leave one of them', async () => {
    await onSeveral(async (p) => {
      const remove = (client: Client, userId: string) =>
        client.request(REMOVE_COORDINATOR, { programmeId: p.programme.id, userId });
      const results = await Promise.all([
        remove(cast.clients.coordinator, second.user.id),
        remove(second.client, cast.users.coordinator.id),
      ]);
      expect(results.filter((r) => r.errors)).toHaveLength(1);
      expect(
        await rowsOf(app, 'programme_coordinator', 'programmeId', p.programme.id),
      ).toHaveLength(1);
    });
  });

  it('sides added at once each take their own position', async () => {
    await onSeveral(async (p) => {
      const add = (client: Client) =>
        client.ok(ADD_SIDE, {
          programmeId: p.programme.id,
          input: { name: 'Prešov', country: 'SK' },
        });
      await Promise.all([add(cast.clients.coordinator), add(second.client)]);
      const positions = await app.dataSource.query<{ position: number }[]>(
        'SELECT position FROM programme_side WHERE "programmeId" = $1 ORDER BY position',
        [p.programme.id],
      );
      expect(positions.map((s) => s.position)).toEqual([0, 1, 2, 3]);
    });
  });

  it('sides removed at once still leave two', async () => {
    await onSeveral(async () => {
      const { programme, sides } = await buildProgramme(app.dataSource);
      const third = await app.dataSource
        .getRepository(ProgrammeSide)
        .save({ programmeId: programme.id, name: 'Prešov', country: 'SK', position: 2 });
      const results = await Promise.all(
        [...sides, third].map((side) => cast.clients.admin.request(REMOVE_SIDE, { id: side.id })),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(await rowsOf(app, 'programme_side', 'programmeId', programme.id)).toHaveLength(2);
    });
  });
});
