import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ABILITY_CASES,
  ABILITY_QUERIES,
  changeIssueStatus,
  issueInStatus,
  ISSUE_STATUSES,
  REFUSALS,
  shownAbilities,
  type World,
} from '../ability-cases';
import { VIEWER_ABILITY_CASES } from '../viewer-ability-cases';
import { startTestApp, type TestApp } from '../graphql';
import { buildCast, CAST, type SignedIn } from '../programme-cast';

/**
 * The contract of `viewerCan`, proven for every ability × member of the cast (admin,
 * coordinator of the programme and of another, partner users of its two partner councils and
 * of a council outside it, observer) × the scopes a record is built in (a draft programme or
 * an active one, an action the partner is responsible for or not, a report of its council or
 * of the other, …): the ability is true exactly when the mutation it promises, sent now by
 * that member with valid input, gets past the permission check.
 */
const MEMBERS = CAST.filter((member): member is SignedIn => member !== 'anonymous');

let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp();
  world = { app, cast: await buildCast(app) };
});
afterAll(() => app?.close());

interface Shown {
  record: { viewerCan: Record<string, boolean | string[]> } | null;
}

const outcomes = new Map<string, Set<boolean>>();

const CASES = [...ABILITY_CASES, ...VIEWER_ABILITY_CASES];
const NAMED = CASES.map((c) => [`${c.type}.viewerCan.${c.ability}`, c] as const);

describe.each(NAMED)('%s', (_name, { type, ability, scopes, attempt }) => {
  it.each(Object.keys(scopes))('in scope "%s", for every member of the cast', async (scope) => {
    const build = scopes[scope];
    if (!build) throw new Error(`no scope ${scope}`);
    const seen: Record<string, { shown: boolean; passed: boolean; codes: string[] }> = {};
    for (const member of MEMBERS) {
      // A fresh record for each member, so one success does not change the next attempt.
      const built = await build(world);
      const client = world.cast.clients[member];
      const shown = await shownAbilities(client, type, built);
      expect(shown.errors).toBeUndefined();
      // A record the member may not read shows no abilities: they may do nothing to it.
      const can = shown.viewerCan?.[ability] === true;
      const codes = await attempt(client, built, member, world);
      const passed = !codes.some((code) => REFUSALS.has(code));
      seen[member] = { shown: can, passed, codes };
      const key = `${type}.${ability}`;
      outcomes.set(key, (outcomes.get(key) ?? new Set()).add(can));
    }
    const mismatches = Object.entries(seen).filter(([, row]) => row.shown !== row.passed);
    expect(mismatches).toEqual([]);
  });
});

describe('MonitoringIssue.viewerCan.statuses', () => {
  it.each(MEMBERS)(
    'as %s, lists exactly the statuses changeIssueStatus accepts',
    async (member) => {
      const client = world.cast.clients[member];
      for (const from of ISSUE_STATUSES) {
        const shownOn = await issueInStatus(from)(world);
        const shown = await client.request<Shown>(ABILITY_QUERIES.MonitoringIssue, {
          id: shownOn.id,
        });
        const offered = shown.data?.record?.viewerCan.statuses ?? [];
        const accepted: string[] = [];
        for (const to of ISSUE_STATUSES) {
          const issue = await issueInStatus(from)(world);
          if (!(await changeIssueStatus(client, issue.id, to)).errors) accepted.push(to);
        }
        expect({ from, offered }).toEqual({ from, offered: accepted });
      }
    },
  );
});

describe('the matrix itself', () => {
  it('saw every ability both granted and refused, so no row passes by always saying no', () => {
    const cases = CASES.map(({ type, ability }) => `${type}.${ability}`);
    expect(cases.length).toBe(ABILITY_CASES.length + VIEWER_ABILITY_CASES.length);
    expect(ABILITY_CASES.length).toBe(15);
    expect(VIEWER_ABILITY_CASES.length).toBe(14);
    for (const key of cases)
      expect({ key, seen: [...(outcomes.get(key) ?? [])].sort() }).toEqual({
        key,
        seen: [false, true],
      });
  });
});
