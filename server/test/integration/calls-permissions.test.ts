import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../graphql';
import { startTestApp } from '../graphql';
import {
  APPLICATION,
  APPLY,
  applicationInput,
  buildCallsCast,
  callInput,
  callSteps,
  CONFIRM,
  CREATE_CALL,
  DECIDE,
  LAUNCH,
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

const ROLES = ['admin', 'coordinator', 'partnerIn', 'partnerOut', 'observer', 'anonymous'] as const;
type RoleName = (typeof ROLES)[number];
/** null: past the permission check (done, or refused only for its input). */
type Outcome = null | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

function client(role: RoleName): Client {
  switch (role) {
    case 'admin':
      return cast.admin;
    case 'coordinator':
      return cast.coordinator;
    case 'partnerIn':
      return cast.partners[0]!; // the lead of every application below
    case 'partnerOut':
      return cast.partners[5]!; // in none of them
    case 'observer':
      return cast.observer;
    case 'anonymous':
      return cast.anonymous;
  }
}

const STAGE_ONE = [
  { criterion: 'Motivation', score: 7 },
  { criterion: 'Neighbourhood', score: 6 },
];

async function draft(): Promise<{ call: CallRow; application: ApplicationRow }> {
  const call = await steps.openCall();
  return { call, application: await steps.apply(call, 0, [1, 2, 3]) };
}

async function submitted() {
  const { call, application } = await draft();
  const { submitApplication } = await cast.partners[0]!.ok<{ submitApplication: ApplicationRow }>(
    SUBMIT,
    { id: application.id, version: application.version },
  );
  return { call, application: submitApplication };
}

async function selected() {
  const call = await steps.openCall({
    stages: [{ name: 'Only', criteria: [{ name: 'Motivation', weight: 1, maxScore: 10 }] }],
  });
  const application = await steps.submitted(call, 0, [1, 2, 3]);
  const { decideApplication } = await cast.coordinator.ok<{ decideApplication: ApplicationRow }>(
    DECIDE,
    { id: application.id, version: application.version, decision: 'SELECT' },
  );
  return { call, application: decideApplication };
}

interface Case {
  name: string;
  /** The viewerCan field that says the same, on the record the mutation names. */
  ability?: (call: CallRow, application: ApplicationRow | null) => boolean;
  /** Roles whose request is not what the ability is about (a partner naming another lead). */
  abilityExcept?: RoleName[];
  prepare(): Promise<{ call: CallRow; application: ApplicationRow | null }>;
  send(
    c: Client,
    call: CallRow,
    application: ApplicationRow | null,
  ): Promise<{ errors?: { extensions?: { code?: string } }[] }>;
  expected: Record<RoleName, Outcome>;
}

const MANAGERS: Record<RoleName, Outcome> = {
  admin: null,
  coordinator: null,
  partnerIn: 'FORBIDDEN',
  partnerOut: 'FORBIDDEN',
  observer: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
};
const LEAD: Record<RoleName, Outcome> = {
  admin: 'FORBIDDEN',
  coordinator: 'FORBIDDEN',
  partnerIn: null,
  partnerOut: 'NOT_FOUND',
  observer: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
};

const CASES: Case[] = [
  {
    name: 'createCall',
    prepare: async () => ({ call: await steps.openCall(), application: null }),
    send: (c) => c.request(CREATE_CALL, { input: callInput() }),
    expected: MANAGERS,
  },
  {
    name: 'updateCall',
    ability: (call) => call.viewerCan.edit,
    prepare: async () => ({ call: await steps.openCall(), application: null }),
    send: (c, call) =>
      c.request(UPDATE_CALL, { id: call.id, version: call.version, input: callInput() }),
    expected: MANAGERS,
  },
  {
    name: 'setCallStatus',
    ability: (call) => call.viewerCan.statuses.includes('EVALUATING'),
    prepare: async () => ({ call: await steps.openCall(), application: null }),
    send: (c, call) =>
      c.request(SET_STATUS, { id: call.id, version: call.version, status: 'EVALUATING' }),
    expected: MANAGERS,
  },
  {
    name: 'applyToCall',
    ability: (call) => call.viewerCan.apply,
    abilityExcept: ['partnerOut'],
    prepare: async () => ({ call: await steps.openCall(), application: null }),
    // Each applies for its own organisation; the out-of-scope partner for the in-scope one's.
    send: (c, call) =>
      c.request(APPLY, {
        callId: call.id,
        input: applicationInput(
          cast.orgs[0]!,
          [1, 2, 3].map((i) => cast.orgs[i]!),
        ),
      }),
    expected: {
      admin: 'FORBIDDEN',
      coordinator: 'FORBIDDEN',
      partnerIn: null,
      partnerOut: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      anonymous: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'confirmMembership',
    ability: (_call, application) => application!.viewerCan.confirm,
    prepare: draft,
    send: (c, _call, application) => c.request(CONFIRM, { id: application!.id }),
    expected: LEAD,
  },
  {
    name: 'updateApplication',
    ability: (_call, application) => application!.viewerCan.edit,
    prepare: draft,
    send: (c, _call, application) =>
      c.request(UPDATE_APPLICATION, {
        id: application!.id,
        version: application!.version,
        input: applicationInput(
          cast.orgs[0]!,
          [1, 2, 3, 4].map((i) => cast.orgs[i]!),
        ),
      }),
    expected: LEAD,
  },
  {
    name: 'submitApplication',
    ability: (_call, application) => application!.viewerCan.edit,
    prepare: draft,
    send: (c, _call, application) =>
      c.request(SUBMIT, { id: application!.id, version: application!.version }),
    expected: LEAD,
  },
  {
    name: 'scoreApplication',
    ability: (_call, application) => application!.viewerCan.score,
    prepare: submitted,
    send: (c, _call, application) => c.request(SCORE, { id: application!.id, scores: STAGE_ONE }),
    expected: MANAGERS,
  },
  {
    name: 'decideApplication',
    ability: (_call, application) => application!.viewerCan.decide,
    prepare: submitted,
    send: (c, _call, application) =>
      c.request(DECIDE, {
        id: application!.id,
        version: application!.version,
        decision: 'ADVANCE',
      }),
    expected: MANAGERS,
  },
  {
    name: 'launchProgramme',
    ability: (_call, application) => application!.viewerCan.launch,
    prepare: selected,
    send: (c, _call, application) => c.request(LAUNCH, { id: application!.id }),
    expected: MANAGERS,
  },
];

/** The record as `c` reads it, for its viewerCan; null where it reads none. */
async function asSeenBy(c: Client, call: CallRow, application: ApplicationRow | null) {
  const callRead = await c.request<{ call: CallRow | null }>(
    `query($id: ID!) { call(id: $id) { id version viewerCan { edit statuses apply } } }`,
    { id: call.id },
  );
  const seenCall = callRead.data?.call ?? null;
  if (!application) return seenCall ? { call: seenCall, application: null } : null;
  const read = await c.request<{ application: ApplicationRow | null }>(APPLICATION, {
    id: application.id,
  });
  const seen = read.data?.application ?? null;
  return seenCall && seen ? { call: seenCall, application: seen } : null;
}

describe.each(CASES)('$name', (c) => {
  it.each(ROLES)('as %s', async (role) => {
    const { call, application } = await c.prepare();
    const who = client(role);
    const seen = role === 'anonymous' ? null : await asSeenBy(who, call, application);
    const result = await c.send(who, call, application);
    const code = result.errors?.[0]?.extensions?.code ?? null;
    const outcome = code === 'BAD_USER_INPUT' ? null : code;
    expect(outcome).toBe(c.expected[role]);
    if (c.ability && seen && !c.abilityExcept?.includes(role))
      expect(c.ability(seen.call, seen.application)).toBe(outcome === null);
  });
});

describe('reading', () => {
  it('shows applications to those in them, observers the submitted ones, managers all', async () => {
    const { call, application } = await draft();
    const list = async (c: Client) =>
      (
        await c.ok<{ call: { applications: { id: string }[] } | null }>(
          `query($id: ID!) { call(id: $id) { applications { id } } }`,
          { id: call.id },
        )
      ).call?.applications.map((a) => a.id);
    expect(await list(cast.coordinator)).toEqual([application.id]);
    expect(await list(cast.partners[2]!)).toEqual([application.id]);
    expect(await list(cast.partners[5]!)).toEqual([]);
    expect(await list(cast.observer)).toEqual([]);
    const { createCall } = await cast.coordinator.ok<{ createCall: CallRow }>(CREATE_CALL, {
      input: callInput(),
    });
    const partnerView = await cast.partners[0]!.ok<{ call: null }>(
      `query($id: ID!) { call(id: $id) { id } }`,
      { id: createCall.id },
    );
    expect(partnerView.call).toBeNull();
  });

  it('lists calls only for those signed in, and answers the public page to anyone', async () => {
    expect((await cast.anonymous.request(`{ calls { id } }`)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const call = await steps.openCall();
    const page = await cast.anonymous.ok<{ publicCall: { code: string } }>(
      `query($code: String!) { publicCall(code: $code) { code } }`,
      { code: call.code },
    );
    expect(page.publicCall.code).toBe(call.code);
  });
});

describe('User.viewerCan', () => {
  it.each(ROLES.filter((r) => r !== 'anonymous'))(
    'as %s says what createCall and applyToCall answer',
    async (role) => {
      const { me } = await client(role).ok<{
        me: { viewerCan: { createCall: boolean; applyToCalls: boolean } };
      }>(`{ me { viewerCan { createCall applyToCalls } } }`);
      const manages = MANAGERS[role] === null;
      expect(me.viewerCan).toEqual({
        createCall: manages,
        applyToCalls: role.startsWith('partner'),
      });
    },
  );
});
