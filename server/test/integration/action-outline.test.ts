import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ActionStatus, ErrorCode, FieldMessage } from '@spilno/shared';
import { appDocument } from '../../bench/scenarios';
import { useCast } from '../cast-world';
import { buildAction } from '../factories';
import type { Client, TestApp } from '../graphql';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import { countStatements, recordStatements } from '../statements';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

interface OutlineAction {
  id: string;
  code: string;
  progress: number;
  childCount: number;
  parent: { id: string } | null;
}

const FIELDS = 'id code progress childCount parent { id }';
const OUTLINE = `query ($id: ID!) { programme(id: $id) { actionOutline { ${FIELDS} } } }`;
const OUTLINE_WITHIN = `query ($id: ID!, $budget: Int!) {
  programme(id: $id) { actionOutline(budget: $budget) { ${FIELDS} } }
}`;
const ALL = `query ($id: ID!) { programme(id: $id) { actions { ${FIELDS} } } }`;
const CHILDREN = `query ($id: ID!) { action(id: $id) { id children { ${FIELDS} } } }`;

/** The page's own queries, as the client sends them. */
const PAGE = appDocument('ActionPlan');
const LEVEL = appDocument('ActionChildren');

async function outlineOf(p: CastProgramme, budget?: number): Promise<OutlineAction[]> {
  const data = await cast.clients.observer.ok<{ programme: { actionOutline: OutlineAction[] } }>(
    budget === undefined ? OUTLINE : OUTLINE_WITHIN,
    { id: p.programme.id, budget },
  );
  return data.programme.actionOutline;
}

const ROOT_DATES = `DATE '2026-03-01', DATE '2026-06-30'`;

/**
 * A plan of `roots` top-level actions of `per` sub-actions each, the shape of the largest
 * plan of the benchmark. Sub-action j of root r has weight j and progress (10j + r) mod 101;
 * the last of each root is cancelled; the odd ones are the Ukrainian partner's, and every
 * root the Polish partner's.
 */
async function bigPlan(roots: number, per: number): Promise<CastProgramme> {
  const p = await castProgramme(app, cast);
  const id = p.programme.id;
  await app.dataSource.query(
    `INSERT INTO action ("programmeId", code, title, "startsOn", "dueOn", status)
     SELECT $1, r::text, 'Захід ' || r, ${ROOT_DATES}, 'IN_PROGRESS'
       FROM generate_series(1, $2::int) r`,
    [id, roots],
  );
  await app.dataSource.query(
    `INSERT INTO action ("programmeId", "parentId", code, title, "startsOn", "dueOn", status,
                         "ownProgress", weight)
     SELECT a."programmeId", a.id, a.code || '.' || j, 'Підзахід ' || a.code || '.' || j,
            ${ROOT_DATES},
            (CASE WHEN j = $2 THEN 'CANCELLED' ELSE 'IN_PROGRESS' END)::action_status,
            (j * 10 + a.code::int) % 101, j
       FROM action a CROSS JOIN generate_series(1, $2::int) j
      WHERE a."programmeId" = $1`,
    [id, per],
  );
  await app.dataSource.query(
    `INSERT INTO action_responsible ("actionId", "partnerId")
     SELECT id, CASE WHEN "parentId" IS NULL THEN $3::uuid ELSE $2::uuid END FROM action
      WHERE "programmeId" = $1 AND split_part(code || '.1', '.', 2)::int % 2 = 1`,
    [id, p.uaPartner.id, p.plPartner.id],
  );
  return p;
}

/** Root r's roll-up in `bigPlan`: its sub-actions' weighted mean, the cancelled one left out. */
function expectedRoot(r: number, per: number): number {
  let sum = 0;
  let weights = 0;
  for (let j = 1; j < per; j += 1) {
    sum += j * ((j * 10 + r) % 101);
    weights += j;
  }
  return Math.round((sum / weights) * 10) / 10;
}

/** The body of a page query as it travels, in bytes. */
async function responseBytes(client: Client, query: string, variables: object): Promise<number> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.text();
  expect(JSON.parse(body)).not.toHaveProperty('errors');
  return Buffer.byteLength(body);
}

describe('actionOutline', () => {
  it('answers every action of a plan within its budget, at any depth, as the full list does', async () => {
    const p = await castProgramme(app, cast);
    const ds = app.dataSource;
    const one = await buildAction(ds, p.programme.id, { code: '1' });
    const oneOne = await buildAction(ds, p.programme.id, { code: '1.1', parentId: one.id });
    await buildAction(ds, p.programme.id, {
      code: '1.1.1',
      parentId: oneOne.id,
      ownProgress: 60,
      status: ActionStatus.IN_PROGRESS,
    });
    await buildAction(ds, p.programme.id, { code: '1.2', parentId: one.id, ownProgress: 20 });
    await buildAction(ds, p.programme.id, { code: '2', ownProgress: 5 });

    const outline = await outlineOf(p);
    expect(outline.map((a) => a.code)).toEqual(['1', '1.1', '1.1.1', '1.2', '2']);
    expect(outline.find((a) => a.code === '1')).toMatchObject({ progress: 40, childCount: 2 });
    const all = await cast.clients.observer.ok<{ programme: { actions: OutlineAction[] } }>(ALL, {
      id: p.programme.id,
    });
    expect(outline).toEqual(all.programme.actions);
  });

  it('answers the top level of a plan of 2,000 actions, rolled up from what it leaves out', async () => {
    const p = await bigPlan(200, 9);
    const outline = await outlineOf(p);
    expect(outline).toHaveLength(200);
    expect(outline.every((a) => a.parent === null && a.childCount === 9)).toBe(true);
    expect(outline.slice(0, 3).map((a) => a.code)).toEqual(['1', '2', '3']);
    for (const action of outline)
      expect(action.progress, action.code).toBe(expectedRoot(Number(action.code), 9));
  });

  it('answers the whole levels that fit a budget, and the top level even when it does not fit', async () => {
    const p = await bigPlan(20, 3);
    expect(await outlineOf(p, 80)).toHaveLength(80);
    expect(await outlineOf(p, 79)).toHaveLength(20);
    expect(await outlineOf(p, 1)).toHaveLength(20);
  });

  it('refuses a budget outside 1–2,000, naming it', async () => {
    const p = await castProgramme(app, cast);
    for (const budget of [0, -1, 2001]) {
      const result = await cast.clients.observer.request(OUTLINE_WITHIN, {
        id: p.programme.id,
        budget,
      });
      expect(result.errors?.[0]?.extensions?.code, String(budget)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'budget', message: FieldMessage.OUT_OF_RANGE },
      ]);
    }
    expect(await outlineOf(p, 2000)).toEqual([]);
  });
});

describe('a level on demand', () => {
  it('answers a parent’s sub-actions by code, each with its own figures', async () => {
    const p = await bigPlan(12, 10);
    const second = (await outlineOf(p)).find((a) => a.code === '2');
    const data = await cast.clients.partner.ok<{ action: { children: OutlineAction[] } }>(
      CHILDREN,
      { id: second?.id },
    );
    const children = data.action.children;
    expect(children.map((a) => a.code)).toEqual([
      ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10'],
    ]);
    expect(children.every((a) => a.parent?.id === second?.id && a.childCount === 0)).toBe(true);
    expect(children.map((a) => a.progress)).toEqual(
      Array.from({ length: 10 }, (_, i) => ((i + 1) * 10 + 2) % 101),
    );
  });
});

describe('the cost of the plan page', () => {
  /** A partner's page asks the most: its abilities depend on whom each action is assigned. */
  const costOf = async (query: string, variables: object) =>
    (await countStatements(app, () => cast.clients.partner.ok(query, { ...variables }))).count;

  it('sends as many statements for a plan of 2,000 actions as for one of 20', async () => {
    const small = await bigPlan(2, 9);
    const large = await bigPlan(200, 9);
    const page = (p: CastProgramme) => costOf(PAGE, { programmeId: p.programme.id });
    expect(await page(large)).toBe(await page(small));
    const [root] = await outlineOf(large);
    const [smallRoot] = await outlineOf(small);
    expect(await costOf(LEVEL, { id: root?.id })).toBe(await costOf(LEVEL, { id: smallRoot?.id }));
  });

  it('reads the plan’s tree once, and of its full rows only those it answers', async () => {
    const p = await bigPlan(200, 9);
    const { statements } = await recordStatements(app, () =>
      cast.clients.partner.ok(PAGE, { programmeId: p.programme.id }),
    );
    const reads = statements.filter((sql) => /FROM "action"/.test(sql));
    expect(reads).toHaveLength(2);
    const full = reads.find((sql) => /"description"/.test(sql));
    expect(full, 'the full rows are read by id').toMatch(/"id" = ANY/);
  });

  it('answers the first screen of a plan of 2,000 actions in under 200 KB', async () => {
    const p = await bigPlan(200, 9);
    const bytes = await responseBytes(cast.clients.coordinator, PAGE, {
      programmeId: p.programme.id,
    });
    expect(bytes).toBeLessThanOrEqual(200 * 1024);
  });
});
