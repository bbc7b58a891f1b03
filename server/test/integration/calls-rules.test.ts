import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../graphql';
import {
  APPLY,
  applicationInput,
  buildCallsCast,
  callInput,
  callSteps,
  CREATE_CALL,
  DECIDE,
  errorOf,
  SCORE,
  SET_STATUS,
  SUBMIT,
  UPDATE_APPLICATION,
  UPDATE_CALL,
  type ApplicationRow,
  type CallRow,
  type CallsCast,
} from '../calls-world';

let app: TestApp;
let cast: CallsCast;
let steps: ReturnType<typeof callSteps>;

beforeAll(async () => {
  app = await startTestApp();
  cast = await buildCallsCast(app);
  steps = callSteps(cast);
});
afterAll(() => app?.close());

const bad = (field: string, message: string) => ({
  code: 'BAD_USER_INPUT',
  fields: [{ field, message }],
});

describe('setting up a call', () => {
  it('names bad dates, sizes, zones and criteria by field', async () => {
    const send = (overrides: Record<string, unknown>) =>
      cast.coordinator.request(CREATE_CALL, { input: callInput(overrides) });
    expect(errorOf(await send({ closesOn: '2019-12-31' }))).toEqual(
      bad('input.closesOn', 'end_before_start'),
    );
    expect(errorOf(await send({ minMembers: 6, maxMembers: 4 }))).toEqual(
      bad('input.maxMembers', 'out_of_range'),
    );
    expect(errorOf(await send({ timeZone: 'Mars/Olympus' }))).toEqual(
      bad('input.timeZone', 'invalid'),
    );
    const twice = [
      {
        name: 'S',
        criteria: [
          { name: 'A', weight: 1, maxScore: 5 },
          { name: 'A', weight: 1, maxScore: 5 },
        ],
      },
    ];
    expect(errorOf(await send({ stages: twice }))).toEqual(
      bad('input.stages.0.criteria.1.name', 'duplicate'),
    );
    expect(errorOf(await send({ stages: [] })).fields).toEqual([
      { field: 'input.stages', message: expect.any(String) },
    ]);
    const weightless = [{ name: 'S', criteria: [{ name: 'A', weight: 0, maxScore: 5 }] }];
    expect(errorOf(await send({ stages: weightless })).fields).toEqual([
      { field: 'input.stages.0.criteria.0.weight', message: 'out_of_range' },
    ]);
    const call = await steps.openCall();
    expect(errorOf(await send({ code: call.code }))).toEqual(bad('input.code', 'taken'));
  });

  it('moves a call only forward, and answers a stale version with CONFLICT', async () => {
    const { createCall: call } = await cast.admin.ok<{ createCall: CallRow }>(CREATE_CALL, {
      input: callInput(),
    });
    expect(call.viewerCan.statuses).toEqual(['OPEN', 'EVALUATING', 'CLOSED']);
    const { setCallStatus: open } = await cast.admin.ok<{ setCallStatus: CallRow }>(SET_STATUS, {
      id: call.id,
      version: call.version,
      status: 'OPEN',
    });
    expect(
      errorOf(
        await cast.admin.request(SET_STATUS, {
          id: call.id,
          version: open.version,
          status: 'DRAFT',
        }),
      ),
    ).toEqual(bad('status', 'transition_not_allowed'));
    expect(
      errorOf(
        await cast.admin.request(SET_STATUS, {
          id: call.id,
          version: call.version,
          status: 'EVALUATING',
        }),
      ).code,
    ).toBe('CONFLICT');
    expect(
      errorOf(
        await cast.admin.request(UPDATE_CALL, {
          id: call.id,
          version: call.version,
          input: callInput(),
        }),
      ).code,
    ).toBe('CONFLICT');
    const { setCallStatus: closed } = await cast.admin.ok<{ setCallStatus: CallRow }>(SET_STATUS, {
      id: call.id,
      version: open.version,
      status: 'CLOSED',
    });
    expect(closed.viewerCan.statuses).toEqual([]);
    expect(
      errorOf(
        await cast.admin.request(UPDATE_CALL, {
          id: call.id,
          version: closed.version,
          input: callInput(),
        }),
      ),
    ).toEqual(bad('id', 'not_allowed'));
  });

  it('closes at the end of its closing day in its own time zone', async () => {
    const call = await steps.openCall({ closesOn: '2099-06-30', timeZone: 'Asia/Tokyo' });
    expect(call.closesAt).toBe('2099-06-30T15:00:00.000Z');
  });
});

describe('applying', () => {
  let call: CallRow;
  beforeAll(async () => {
    call = await steps.openCall();
  });
  const apply = (lead: number, members: number[], into = call) =>
    cast.partners[lead]!.request(APPLY, {
      callId: into.id,
      input: applicationInput(
        cast.orgs[lead]!,
        members.map((i) => cast.orgs[i]!),
      ),
    });

  it('counts the lead within minMembers..maxMembers: 3 or 7 members are refused', async () => {
    expect(errorOf(await apply(0, [1, 2]))).toEqual(bad('input.memberOrganisationIds', 'too_few'));
    expect(errorOf(await apply(0, [1, 2, 3, 4, 5, 6]))).toEqual(
      bad('input.memberOrganisationIds', 'too_many'),
    );
  });

  it('refuses a member named twice, or the lead among the others', async () => {
    expect(errorOf(await apply(0, [1, 2, 3, 3]))).toEqual(
      bad('input.memberOrganisationIds.3', 'duplicate'),
    );
    expect(errorOf(await apply(0, [1, 2, 3, 0]))).toEqual(
      bad('input.memberOrganisationIds.3', 'duplicate'),
    );
  });

  it('names unknown organisations', async () => {
    const result = await cast.partners[0]!.request(APPLY, {
      callId: call.id,
      input: {
        ...applicationInput(cast.orgs[0]!, [cast.orgs[1]!, cast.orgs[2]!]),
        memberOrganisationIds: [
          cast.orgs[1]!.id,
          cast.orgs[2]!.id,
          '00000000-0000-4000-8000-000000000001',
        ],
      },
    });
    expect(errorOf(result)).toEqual(bad('input.memberOrganisationIds.2', 'unknown_reference'));
  });

  it('keeps an organisation in at most one application per call', async () => {
    const first = await steps.apply(call, 0, [1, 2, 3]);
    expect(first.status).toBe('DRAFT');
    expect(errorOf(await apply(4, [5, 6, 3]))).toEqual(
      bad('input.memberOrganisationIds.2', 'taken'),
    );
    expect(errorOf(await apply(1, [5, 6, 7]))).toEqual(bad('input.leadOrganisationId', 'taken'));
    // Another call is another matter.
    const other = await steps.openCall();
    expect((await apply(4, [5, 6, 3], other)).errors).toBeUndefined();
  });

  it('refuses applications to a call that is not OPEN', async () => {
    const { createCall: draft } = await cast.coordinator.ok<{ createCall: CallRow }>(CREATE_CALL, {
      input: callInput(),
    });
    // A partner does not read a draft call at all.
    expect(errorOf(await apply(8, [9, 10, 11], draft)).code).toBe('NOT_FOUND');
    const evaluating = await steps.openCall();
    await cast.coordinator.ok(SET_STATUS, {
      id: evaluating.id,
      version: evaluating.version,
      status: 'EVALUATING',
    });
    expect(errorOf(await apply(8, [9, 10, 11], evaluating))).toEqual(
      bad('callId', 'call_not_open'),
    );
  });

  it('edits only drafts, at their version, and keeps the lead', async () => {
    const own = await steps.openCall();
    const draft = await steps.apply(own, 8, [9, 10, 11]);
    const input = applicationInput(
      cast.orgs[8]!,
      [9, 10, 11, 1].map((i) => cast.orgs[i]!),
    );
    const { updateApplication } = await cast.partners[8]!.ok<{ updateApplication: ApplicationRow }>(
      UPDATE_APPLICATION,
      { id: draft.id, version: draft.version, input },
    );
    expect(updateApplication.members).toHaveLength(5);
    expect(
      errorOf(
        await cast.partners[8]!.request(UPDATE_APPLICATION, {
          id: draft.id,
          version: draft.version,
          input,
        }),
      ).code,
    ).toBe('CONFLICT');
    const moved = {
      ...input,
      leadOrganisationId: cast.orgs[9]!.id,
      memberOrganisationIds: [8, 10, 11].map((i) => cast.orgs[i]!.id),
    };
    expect(
      errorOf(
        await cast.partners[8]!.request(UPDATE_APPLICATION, {
          id: draft.id,
          version: updateApplication.version,
          input: moved,
        }),
      ),
    ).toEqual(bad('input.leadOrganisationId', 'not_allowed'));
    const { submitApplication } = await cast.partners[8]!.ok<{ submitApplication: ApplicationRow }>(
      SUBMIT,
      {
        id: draft.id,
        version: updateApplication.version,
      },
    );
    expect(
      errorOf(
        await cast.partners[8]!.request(UPDATE_APPLICATION, {
          id: draft.id,
          version: submitApplication.version,
          input,
        }),
      ),
    ).toEqual(bad('id', 'not_allowed'));
    expect(
      errorOf(
        await cast.partners[8]!.request(SUBMIT, {
          id: draft.id,
          version: submitApplication.version,
        }),
      ),
    ).toEqual(bad('id', 'not_allowed'));
  });

  it('refuses a late submission, and one to a call no longer OPEN', async () => {
    const late = await steps.openCall({ opensOn: '2020-01-01', closesOn: '2020-03-31' });
    const draft = await steps.apply(late, 0, [1, 2, 3]);
    expect(
      errorOf(await cast.partners[0]!.request(SUBMIT, { id: draft.id, version: draft.version })),
    ).toEqual(bad('id', 'past_closing'));
    const closing = await steps.openCall();
    const other = await steps.apply(closing, 0, [1, 2, 3]);
    await cast.coordinator.ok(SET_STATUS, {
      id: closing.id,
      version: closing.version,
      status: 'EVALUATING',
    });
    expect(
      errorOf(await cast.partners[0]!.request(SUBMIT, { id: other.id, version: other.version })),
    ).toEqual(bad('id', 'call_not_open'));
  });
});

describe('evaluating', () => {
  let call: CallRow;
  let application: ApplicationRow;
  beforeAll(async () => {
    call = await steps.openCall();
    application = await steps.submitted(call, 0, [1, 2, 3]);
  });
  const score = (scores: unknown[], id = application.id) =>
    cast.coordinator.request(SCORE, { id, scores });

  it('refuses a score above the criterion’s maximum, naming it', async () => {
    const result = await score([
      { criterion: 'Motivation', score: 11 },
      { criterion: 'Neighbourhood', score: 5 },
    ]);
    expect(errorOf(result)).toEqual(bad('scores.0.score', 'above_max'));
  });

  it('wants every criterion of the current stage once, and no other', async () => {
    expect(errorOf(await score([{ criterion: 'Motivation', score: 5 }]))).toEqual(
      bad('scores', 'required'),
    );
    expect(errorOf(await score([{ criterion: 'Team', score: 5 }]))).toEqual(
      bad('scores.0.criterion', 'unknown_reference'),
    );
    expect(
      errorOf(
        await score([
          { criterion: 'Motivation', score: 5 },
          { criterion: 'Motivation', score: 4 },
        ]),
      ),
    ).toEqual(bad('scores.1.criterion', 'duplicate'));
    expect(
      errorOf(
        await score([
          { criterion: 'Motivation', score: -1 },
          { criterion: 'Neighbourhood', score: 4 },
        ]),
      ),
    ).toEqual(bad('scores.0.score', 'out_of_range'));
  });

  it('lets nobody score an application their organisation is in', async () => {
    const own = await steps.submitted(call, 12, [9, 10, 11]);
    const result = await cast.evaluator.request(SCORE, {
      id: own.id,
      scores: [
        { criterion: 'Motivation', score: 5 },
        { criterion: 'Neighbourhood', score: 5 },
      ],
    });
    expect(errorOf(result).code).toBe('FORBIDDEN');
    const { application: read } = await cast.evaluator.ok<{ application: ApplicationRow }>(
      `query($id: ID!) { application(id: $id) { viewerCan { score decide } } }`,
      { id: own.id },
    );
    expect(read.viewerCan).toEqual({ score: false, decide: true });
  });

  it('selects only at the last stage, advances not past it, rejects only with a reason', async () => {
    const decide = (decision: string, version: number, comment?: string) =>
      cast.coordinator.request(DECIDE, { id: application.id, version, decision, comment });
    expect(errorOf(await decide('SELECT', application.version))).toEqual(
      bad('decision', 'not_allowed'),
    );
    expect(errorOf(await decide('REJECT', application.version))).toEqual(
      bad('comment', 'required'),
    );
    expect(errorOf(await decide('REJECT', application.version, '   '))).toEqual(
      bad('comment', 'required'),
    );
    const advanced = await cast.coordinator.ok<{ decideApplication: ApplicationRow }>(DECIDE, {
      id: application.id,
      version: application.version,
      decision: 'ADVANCE',
    });
    expect(errorOf(await decide('REJECT', application.version, 'Late')).code).toBe('CONFLICT');
    const version = advanced.decideApplication.version;
    expect(errorOf(await decide('ADVANCE', version))).toEqual(bad('decision', 'not_allowed'));
    const rejected = await cast.coordinator.ok<{ decideApplication: ApplicationRow }>(DECIDE, {
      id: application.id,
      version,
      decision: 'REJECT',
      comment: 'Not ready',
    });
    expect(rejected.decideApplication.viewerCan.launch).toBe(false);
    expect(errorOf(await decide('SELECT', rejected.decideApplication.version))).toEqual(
      bad('id', 'not_allowed'),
    );
    // The applicants read the decision and its reason.
    const { application: seen } = await cast.partners[1]!.ok<{ application: ApplicationRow }>(
      `query($id: ID!) { application(id: $id) { status decisionComment score } }`,
      { id: application.id },
    );
    expect(seen).toEqual({ status: 'REJECTED', decisionComment: 'Not ready', score: null });
  });

  it('refuses to launch an application that is not selected', async () => {
    const other = await steps.submitted(await steps.openCall(), 4, [5, 6, 7]);
    const result = await cast.coordinator.request(
      `mutation($id: ID!) { launchProgramme(applicationId: $id) { id } }`,
      { id: other.id },
    );
    expect(errorOf(result)).toEqual(bad('applicationId', 'not_allowed'));
  });
});
