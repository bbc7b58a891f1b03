import { Role } from '@spilno/shared';
import type { Organisation } from '../src/modules/organisations/public';
import type { User } from '../src/modules/users/public';
import { buildOrganisation, buildUser } from './factories';
import type { Client, GraphQLResult, TestApp } from './graphql';

export const CALL_FIELDS = `id code title status opensOn closesOn closesAt timeZone minMembers maxMembers
  stages { name criteria { name weight maxScore } } deliverables version
  viewerCan { edit statuses apply }`;
export const APPLICATION_FIELDS = `id title status stage score version decisionComment programmeId
  lead { id } members { id lead confirmed } viewerCan { edit confirm score decide launch }`;

export const CREATE_CALL = `mutation($input: CallInput!) { createCall(input: $input) { ${CALL_FIELDS} } }`;
export const UPDATE_CALL = `mutation($id: ID!, $version: Int!, $input: CallInput!) {
  updateCall(id: $id, version: $version, input: $input) { ${CALL_FIELDS} } }`;
export const SET_STATUS = `mutation($id: ID!, $version: Int!, $status: CallStatus!) {
  setCallStatus(id: $id, version: $version, status: $status) { ${CALL_FIELDS} } }`;
export const APPLY = `mutation($callId: ID!, $input: ApplicationInput!) {
  applyToCall(callId: $callId, input: $input) { ${APPLICATION_FIELDS} } }`;
export const CONFIRM = `mutation($id: ID!) { confirmMembership(applicationId: $id) { ${APPLICATION_FIELDS} } }`;
export const UPDATE_APPLICATION = `mutation($id: ID!, $version: Int!, $input: ApplicationInput!) {
  updateApplication(id: $id, version: $version, input: $input) { ${APPLICATION_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!, $version: Int!) {
  submitApplication(id: $id, version: $version) { ${APPLICATION_FIELDS} } }`;
export const SCORE = `mutation($id: ID!, $scores: [ScoreInput!]!) {
  scoreApplication(id: $id, scores: $scores) { ${APPLICATION_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $version: Int!, $decision: StageDecision!, $comment: String) {
  decideApplication(id: $id, version: $version, decision: $decision, comment: $comment) { ${APPLICATION_FIELDS} } }`;
export const LAUNCH = `mutation($id: ID!) { launchProgramme(applicationId: $id) { id code title status } }`;
export const APPLICATION = `query($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;
export const PUBLIC_CALL = `query($code: String!) { publicCall(code: $code) {
  code title summary status opensOn closesOn closesAt minMembers maxMembers
  stages { name criteria { name weight maxScore } } deliverables
  selected { title members { name nameEn country lead } } } }`;

export interface CallRow {
  id: string;
  code: string;
  status: string;
  version: number;
  closesAt: string;
  viewerCan: { edit: boolean; statuses: string[]; apply: boolean };
}

export interface ApplicationRow {
  id: string;
  status: string;
  stage: number;
  score: number | null;
  version: number;
  decisionComment: string | null;
  programmeId: string | null;
  lead: { id: string };
  members: { id: string; lead: boolean; confirmed: boolean }[];
  viewerCan: { edit: boolean; confirm: boolean; score: boolean; decide: boolean; launch: boolean };
}

const unique = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/** A call like SPACES: two stages, groups of 4 to 6, three deliverables. */
export function callInput(overrides: Record<string, unknown> = {}) {
  return {
    code: `SPACES-${unique()}`,
    title: 'SPACES: spatial development of neighbouring communities',
    summary: 'A free educational programme for 4–6 neighbouring communities.',
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    timeZone: 'Europe/Kyiv',
    minMembers: 4,
    maxMembers: 6,
    stages: [
      {
        name: 'Written application',
        criteria: [
          { name: 'Motivation', weight: 2, maxScore: 10 },
          { name: 'Neighbourhood', weight: 1, maxScore: 10 },
        ],
      },
      { name: 'Interview', criteria: [{ name: 'Team', weight: 1, maxScore: 5 }] },
    ],
    deliverables: ['Spatial development concept', 'Pilot project 1', 'Pilot project 2'],
    ...overrides,
  };
}

/** The communities, their partner users and the other roles of the calls' tests. */
export interface CallsCast {
  orgs: Organisation[];
  partners: Client[];
  partnerUsers: User[];
  admin: Client;
  coordinator: Client;
  coordinatorUser: User;
  /** A second evaluator, a coordinator who works for the last organisation, the Polish one. */
  evaluator: Client;
  observer: Client;
  anonymous: Client;
}

export async function buildCallsCast(app: TestApp, communities = 13): Promise<CallsCast> {
  const ds = app.dataSource;
  const orgs: Organisation[] = [];
  for (let i = 0; i < communities; i++) {
    orgs.push(
      await buildOrganisation(ds, {
        name: `Громада ${String(i + 1).padStart(2, '0')} ${unique()}`,
        nameEn: `Community ${i + 1}`,
        country: i === communities - 1 ? 'PL' : 'UA',
      }),
    );
  }
  const partnerUsers: User[] = [];
  for (const org of orgs) {
    partnerUsers.push(await buildUser(ds, { role: Role.PARTNER, organisationId: org.id }));
  }
  const coordinatorUser = await buildUser(ds, { role: Role.COORDINATOR });
  const evaluatorUser = await buildUser(ds, {
    role: Role.COORDINATOR,
    organisationId: orgs[communities - 1]!.id,
  });
  return {
    orgs,
    partnerUsers,
    partners: await Promise.all(partnerUsers.map((u) => app.as(u))),
    admin: await app.as(await buildUser(ds, { role: Role.ADMIN })),
    coordinator: await app.as(coordinatorUser),
    coordinatorUser,
    evaluator: await app.as(evaluatorUser),
    observer: await app.as(await buildUser(ds, { role: Role.OBSERVER })),
    anonymous: app.anonymous(),
  };
}

export function applicationInput(lead: Organisation, members: Organisation[]) {
  return {
    title: `Group of ${lead.nameEn}`,
    leadOrganisationId: lead.id,
    memberOrganisationIds: members.map((m) => m.id),
    motivation: 'We share a river valley and want to plan it together.',
  };
}

export function errorOf(result: GraphQLResult) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, fields: error?.extensions?.fields };
}

/** Steps of the flow, sent by whoever the test says. */
export function callSteps(cast: CallsCast) {
  return {
    async openCall(overrides: Record<string, unknown> = {}): Promise<CallRow> {
      const { createCall } = await cast.coordinator.ok<{ createCall: CallRow }>(CREATE_CALL, {
        input: callInput(overrides),
      });
      const { setCallStatus } = await cast.coordinator.ok<{ setCallStatus: CallRow }>(SET_STATUS, {
        id: createCall.id,
        version: createCall.version,
        status: 'OPEN',
      });
      return setCallStatus;
    },
    async apply(call: CallRow, leadIndex: number, memberIndexes: number[]) {
      const input = applicationInput(
        cast.orgs[leadIndex]!,
        memberIndexes.map((i) => cast.orgs[i]!),
      );
      const { applyToCall } = await cast.partners[leadIndex]!.ok<{ applyToCall: ApplicationRow }>(
        APPLY,
        { callId: call.id, input },
      );
      return applyToCall;
    },
    async submitted(call: CallRow, leadIndex: number, memberIndexes: number[]) {
      const application = await this.apply(call, leadIndex, memberIndexes);
      const { submitApplication } = await cast.partners[leadIndex]!.ok<{
        submitApplication: ApplicationRow;
      }>(SUBMIT, { id: application.id, version: application.version });
      return submitApplication;
    },
  };
}
