import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../graphql';
import {
  APPLICATION,
  buildCallsCast,
  callInput,
  callSteps,
  CONFIRM,
  CREATE_CALL,
  DECIDE,
  LAUNCH,
  PUBLIC_CALL,
  SCORE,
  SET_STATUS,
  type ApplicationRow,
  type CallRow,
  type CallsCast,
} from '../calls-world';

let app: TestApp;
let cast: CallsCast;

beforeAll(async () => {
  app = await startTestApp();
  cast = await buildCallsCast(app);
});
afterAll(() => app?.close());

async function decide(application: ApplicationRow, decision: string, comment?: string) {
  const { decideApplication } = await cast.coordinator.ok<{ decideApplication: ApplicationRow }>(
    DECIDE,
    { id: application.id, version: application.version, decision, comment },
  );
  return decideApplication;
}

describe('a call from set-up to a launched programme', () => {
  it('selects a group in two stages and launches it as a draft programme', async () => {
    const steps = callSteps(cast);
    const { createCall: draft } = await cast.coordinator.ok<{ createCall: CallRow }>(CREATE_CALL, {
      input: callInput(),
    });
    expect(draft.status).toBe('DRAFT');
    // A draft call is nobody's business but those who run calls.
    expect(
      (await cast.anonymous.ok<{ publicCall: null }>(PUBLIC_CALL, { code: draft.code })).publicCall,
    ).toBeNull();
    const { setCallStatus: call } = await cast.coordinator.ok<{ setCallStatus: CallRow }>(
      SET_STATUS,
      { id: draft.id, version: draft.version, status: 'OPEN' },
    );

    const groups = [
      await steps.apply(call, 0, [1, 2, 3]),
      await steps.apply(call, 4, [5, 6, 7, 8]),
      await steps.apply(call, 9, [10, 11, 12]),
    ];
    expect(groups[0]!.members).toEqual([
      { id: cast.orgs[0]!.id, lead: true, confirmed: true },
      ...[1, 2, 3].map((i) => ({ id: cast.orgs[i]!.id, lead: false, confirmed: false })),
    ]);
    for (const i of [1, 2, 3]) {
      await cast.partners[i]!.ok(CONFIRM, { id: groups[0]!.id });
    }
    const confirmed = await cast.coordinator.ok<{ application: ApplicationRow }>(APPLICATION, {
      id: groups[0]!.id,
    });
    expect(confirmed.application.members.every((m) => m.confirmed)).toBe(true);

    const submitted: ApplicationRow[] = [];
    for (const [n, lead] of [0, 4, 9].entries()) {
      const { submitApplication } = await cast.partners[lead]!.ok<{
        submitApplication: ApplicationRow;
      }>(
        `mutation($id: ID!, $version: Int!) { submitApplication(id: $id, version: $version) { id status version stage } }`,
        {
          id: groups[n]!.id,
          version: groups[n]!.version,
        },
      );
      expect(submitApplication.status).toBe('SUBMITTED');
      submitted.push(submitApplication as ApplicationRow);
    }
    await cast.coordinator.ok(SET_STATUS, {
      id: call.id,
      version: call.version,
      status: 'EVALUATING',
    });

    // Stage 1: weights 2 and 1. Coordinator: (2·8 + 1·5)/3 = 7; admin: (2·6 + 1·9)/3 = 7 → 7.
    const stageOne = async (id: string, a: [number, number], b: [number, number]) => {
      await cast.coordinator.ok(SCORE, {
        id,
        scores: [
          { criterion: 'Motivation', score: a[0], comment: 'Clear' },
          { criterion: 'Neighbourhood', score: a[1] },
        ],
      });
      const { scoreApplication } = await cast.admin.ok<{ scoreApplication: ApplicationRow }>(
        SCORE,
        {
          id,
          scores: [
            { criterion: 'Motivation', score: b[0] },
            { criterion: 'Neighbourhood', score: b[1], comment: 'Near' },
          ],
        },
      );
      return scoreApplication;
    };
    expect((await stageOne(submitted[0]!.id, [8, 5], [6, 9])).score).toBeCloseTo(7);
    expect((await stageOne(submitted[1]!.id, [9, 9], [9, 6])).score).toBeCloseTo(8.5);
    expect((await stageOne(submitted[2]!.id, [2, 2], [3, 3])).score).toBeCloseTo(2.5);
    // A re-score replaces the evaluator's own: coordinator now (2·10 + 1·10)/3 = 10 → (10 + 7)/2.
    const rescored = await cast.coordinator.ok<{ scoreApplication: ApplicationRow }>(SCORE, {
      id: submitted[0]!.id,
      scores: [
        { criterion: 'Motivation', score: 10 },
        { criterion: 'Neighbourhood', score: 10 },
      ],
    });
    expect(rescored.scoreApplication.score).toBeCloseTo(8.5);

    const current = async (id: string) =>
      (await cast.coordinator.ok<{ application: ApplicationRow }>(APPLICATION, { id })).application;
    const first = await decide(await current(submitted[0]!.id), 'ADVANCE');
    const second = await decide(await current(submitted[1]!.id), 'ADVANCE');
    const third = await decide(await current(submitted[2]!.id), 'REJECT', 'Too far apart');
    expect([first.status, first.stage, first.score]).toEqual(['ADVANCED', 2, null]);
    expect([third.status, third.decisionComment]).toEqual(['REJECTED', 'Too far apart']);

    for (const [application, score] of [
      [first, 5],
      [second, 2],
    ] as const) {
      await cast.coordinator.ok(SCORE, {
        id: application.id,
        scores: [{ criterion: 'Team', score }],
      });
      await cast.evaluator.ok(SCORE, {
        id: application.id,
        scores: [{ criterion: 'Team', score: score - 1 }],
      });
    }
    expect((await current(first.id)).score).toBeCloseTo(4.5);
    const selected = await decide(await current(first.id), 'SELECT');
    const dropped = await decide(await current(second.id), 'REJECT', 'Weaker interview');
    expect(selected.status).toBe('SELECTED');
    expect(dropped.status).toBe('REJECTED');
    expect(selected.viewerCan.launch).toBe(true);

    const { launchProgramme } = await cast.coordinator.ok<{
      launchProgramme: { id: string; code: string; title: string; status: string };
    }>(LAUNCH, { id: selected.id });
    expect(launchProgramme.status).toBe('DRAFT');
    expect(launchProgramme.code).toBe(`${call.code}-1`);
    const partners = await app.dataSource.query<{ organisationId: string; role: string }[]>(
      'SELECT "organisationId", role FROM partner WHERE "programmeId" = $1',
      [launchProgramme.id],
    );
    expect(partners).toHaveLength(4);
    expect(partners.find((p) => p.organisationId === cast.orgs[0]!.id)?.role).toBe('LEAD');
    expect(partners.filter((p) => p.role === 'PARTNER')).toHaveLength(3);
    const coordinators = await app.dataSource.query<{ userId: string }[]>(
      'SELECT "userId" FROM programme_coordinator WHERE "programmeId" = $1',
      [launchProgramme.id],
    );
    expect(coordinators).toEqual([{ userId: cast.coordinatorUser.id }]);
    const actions = await app.dataSource.query<{ title: string }[]>(
      'SELECT title FROM action WHERE "programmeId" = $1 ORDER BY code',
      [launchProgramme.id],
    );
    expect(actions.map((a) => a.title)).toEqual([
      'Spatial development concept',
      'Pilot project 1',
      'Pilot project 2',
    ]);
    expect((await current(selected.id)).programmeId).toBe(launchProgramme.id);
    const audit = await app.dataSource.query<{ entityType: string }[]>(
      `SELECT DISTINCT "entityType" FROM audit_entry WHERE "entityId" IN ($1, $2, $3)`,
      [call.id, selected.id, launchProgramme.id],
    );
    expect(audit.map((a) => a.entityType).sort()).toEqual(['Application', 'Call', 'Programme']);
    // Launching twice would make a second programme of the same group.
    const again = await cast.coordinator.request(LAUNCH, { id: selected.id });
    expect(again.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'applicationId', message: 'taken' },
    ]);

    // The public page: no selected groups until the call closes, then them, without people.
    const before = await cast.anonymous.ok<{ publicCall: { selected: unknown[] } }>(PUBLIC_CALL, {
      code: call.code,
    });
    expect(before.publicCall.selected).toEqual([]);
    const evaluating = await cast.coordinator.ok<{ call: CallRow }>(
      `query($id: ID!) { call(id: $id) { id version } }`,
      { id: call.id },
    );
    await cast.coordinator.ok(SET_STATUS, {
      id: call.id,
      version: evaluating.call.version,
      status: 'CLOSED',
    });
    const after = await cast.anonymous.request<{
      publicCall: { selected: { title: string; members: { name: string; lead: boolean }[] }[] };
    }>(PUBLIC_CALL, { code: call.code });
    expect(after.errors).toBeUndefined();
    const groupsShown = after.data!.publicCall.selected;
    expect(groupsShown).toHaveLength(1);
    expect(groupsShown[0]!.members).toHaveLength(4);
    expect(groupsShown[0]!.members[0]).toMatchObject({ name: cast.orgs[0]!.name, lead: true });
    const body = JSON.stringify(after.data);
    for (const user of cast.partnerUsers) {
      expect(body).not.toContain(user.email);
      expect(body).not.toContain(user.name);
    }
    expect(body).not.toContain(cast.coordinatorUser.email);
    expect(body).not.toContain('@');
  });
});
