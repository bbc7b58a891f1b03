import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, OrganisationKind, Role } from '@spilno/shared';
import { DEMO_PASSWORD, loadDemoData } from '../../src/database/demo-seed';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import { buildOrganisation, buildUser } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';

const COVERAGE = `query ($id: ID!) {
  organisation(id: $id) {
    coverage { basis members councils percent asOf listedMembers }
    declaredMembers { id asOf count eligibleCount statedPercent source percent }
  }
}`;
const ADD_MEMBER = `mutation ($a: ID!, $m: ID!) {
  addMember(associationId: $a, memberId: $m, joinedOn: "2020-01-01") { id }
}`;
const DECLARE = `mutation ($a: ID!, $input: DeclaredMembersInput!) {
  declareMembers(associationId: $a, input: $input) { id asOf count percent }
}`;
const REMOVE = 'mutation ($id: ID!) { removeDeclaredMembers(id: $id) }';

interface Read {
  organisation: {
    coverage: {
      basis: string;
      members: number;
      councils: number | null;
      percent: number | null;
      asOf: string | null;
      listedMembers: number;
    } | null;
    declaredMembers: {
      id: string;
      asOf: string;
      count: number;
      eligibleCount: number | null;
      statedPercent: number | null;
      source: string | null;
      percent: number | null;
    }[];
  };
}

let app: TestApp;
let coordinator: Client;
let observer: Client;

beforeAll(async () => {
  app = await startTestApp();
  coordinator = await app.as(await buildUser(app.dataSource, { role: Role.COORDINATOR }));
  observer = await app.as(await buildUser(app.dataSource, { role: Role.OBSERVER }));
});
afterAll(() => app?.close());

async function association(councilsInRegion: number | null, listed: number): Promise<Organisation> {
  const built = await buildOrganisation(app.dataSource, {
    kind: OrganisationKind.ASSOCIATION,
    councilsInRegion,
  });
  for (let i = 0; i < listed; i++) {
    const member = await buildOrganisation(app.dataSource);
    await coordinator.ok(ADD_MEMBER, { a: built.id, m: member.id });
  }
  return built;
}

const read = (id: string) => observer.ok<Read>(COVERAGE, { id });

describe('an association’s coverage', () => {
  it('counts the members listed one by one when nothing is declared', async () => {
    const listed = await association(10, 3);
    expect((await read(listed.id)).organisation.coverage).toEqual({
      basis: 'LISTED',
      members: 3,
      councils: 10,
      percent: 30,
      asOf: null,
      listedMembers: 3,
    });
    const unknown = await association(null, 2);
    expect((await read(unknown.id)).organisation.coverage).toBeNull();
  });

  it('takes the latest declared count, with the listed members beside it', async () => {
    const kharkiv = await association(64, 2);
    // Only the count known: a share of the region's councils.
    await coordinator.ok(DECLARE, { a: kharkiv.id, input: { asOf: '2019-05-01', count: 60 } });
    expect((await read(kharkiv.id)).organisation.coverage).toEqual({
      basis: 'DECLARED',
      members: 60,
      councils: 64,
      percent: 93.8,
      asOf: '2019-05-01',
      listedMembers: 2,
    });

    // An older figure leaves the latest one in charge; a newer one takes over.
    await coordinator.ok(DECLARE, {
      a: kharkiv.id,
      input: { asOf: '2018-01-01', count: 382, eligibleCount: 395, source: 'Сайт Асоціації' },
    });
    expect((await read(kharkiv.id)).organisation.coverage?.members).toBe(60);
    await coordinator.ok(DECLARE, {
      a: kharkiv.id,
      input: { asOf: '2021-01-01', count: 62, eligibleCount: 64, statedPercent: 97 },
    });
    const after = (await read(kharkiv.id)).organisation;
    expect(after.coverage).toMatchObject({
      basis: 'DECLARED',
      members: 62,
      councils: 64,
      percent: 97,
      asOf: '2021-01-01',
      listedMembers: 2,
    });
    expect(after.declaredMembers.map((f) => [f.asOf, f.count, f.percent])).toEqual([
      ['2021-01-01', 62, 97],
      ['2019-05-01', 60, 93.8],
      ['2018-01-01', 382, 96.7],
    ]);
    expect(after.declaredMembers[2]).toMatchObject({
      source: 'Сайт Асоціації',
      statedPercent: null,
    });

    // A figure entered by mistake goes; the one before it is in charge again.
    const removed = await coordinator.ok<{ removeDeclaredMembers: boolean }>(REMOVE, {
      id: after.declaredMembers[0]?.id,
    });
    expect(removed.removeDeclaredMembers).toBe(true);
    expect((await read(kharkiv.id)).organisation.coverage?.members).toBe(60);
  });

  it('refuses figures that cannot be, naming the field', async () => {
    const target = await association(100, 0);
    const refused = async (input: Record<string, unknown>, a: string = target.id) => {
      const result = await coordinator.request(DECLARE, { a, input });
      expect(result.status).toBeLessThan(500);
      const error = result.errors?.[0]?.extensions as
        { code: string; fields?: { field: string; message: string }[] } | undefined;
      expect(error?.code).toBe(ErrorCode.BAD_USER_INPUT);
      return error?.fields?.map((f) => `${f.field}:${f.message}`);
    };
    expect(await refused({ asOf: '2999-01-01', count: 5 })).toEqual(['input.asOf:out_of_range']);
    expect(await refused({ asOf: '2020-01-01', count: 50, eligibleCount: 40 })).toEqual([
      'input.eligibleCount:out_of_range',
    ]);
    expect(await refused({ asOf: '2020-01-01', count: 5, statedPercent: 96.75 })).toEqual([
      'input.statedPercent:invalid',
    ]);
    expect((await refused({ asOf: '2020-01-01', count: 5, statedPercent: 101 }))?.[0]).toMatch(
      /^input\.statedPercent:/,
    );
    expect((await refused({ asOf: '2020-01-01', count: -1 }))?.[0]).toMatch(/^input\.count:/);
    const council = await buildOrganisation(app.dataSource);
    expect(await refused({ asOf: '2020-01-01', count: 5 }, council.id)).toEqual([
      'associationId:not_allowed',
    ]);
    await coordinator.ok(DECLARE, { a: target.id, input: { asOf: '2020-01-01', count: 5 } });
    expect(await refused({ asOf: '2020-01-01', count: 6 })).toEqual(['input.asOf:taken']);
  });

  it('is declared by coordinators and admins only', async () => {
    const target = await association(100, 0);
    const input = { asOf: '2020-01-01', count: 5 };
    expect(await observer.code(DECLARE, { a: target.id, input })).toBe(ErrorCode.FORBIDDEN);
    expect(await app.anonymous().code(DECLARE, { a: target.id, input })).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect((await read(target.id)).organisation.declaredMembers).toEqual([]);
  });
});

describe('the demo association of Kharkiv region', () => {
  it('shows the figures it declared: 382 councils = 96.7 %, then 62 = 97 % after the reform', async () => {
    const demo = await startTestApp();
    try {
      await loadDemoData(demo.dataSource);
      const client = demo.anonymous();
      await client.ok(
        'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        { e: 'observer@spilno.test', p: DEMO_PASSWORD },
      );
      const [row] = await demo.dataSource.query<{ id: string }[]>(
        `SELECT id FROM organisation WHERE "nameEn" = 'Association of Local Governments of Kharkiv Region'`,
      );
      const { organisation } = await client.ok<Read>(COVERAGE, { id: row?.id });
      expect(
        organisation.declaredMembers.map((f) => [f.count, f.eligibleCount, f.percent]),
      ).toEqual([
        [62, 64, 97],
        [382, 395, 96.7],
      ]);
      expect(organisation.coverage).toMatchObject({
        basis: 'DECLARED',
        members: 62,
        percent: 97,
        asOf: '2021-01-01',
      });
      expect(organisation.coverage?.listedMembers).toBeGreaterThan(0);
      expect(organisation.coverage?.listedMembers).toBeLessThan(62);
    } finally {
      await demo.close();
    }
  });
});
