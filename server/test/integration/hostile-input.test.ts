import 'reflect-metadata';
import { OrganisationKind, Role } from '@spilno/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { buildOrganisation, buildUser } from '../factories';
import {
  auditCount,
  capturingLogger,
  postGraphQL,
  withStack,
  type RawResponse,
} from '../fuzz-support';
import { startTestApp, type TestApp } from '../graphql';

/** A GraphQL string escape: the document says `\u0000`, the parsed value holds a NUL. */
const NUL_ESCAPE = '\\u0000';
const NUL = '\u0000';
const HIGH_SURROGATE = '\uD800';
const LOW_SURROGATE = '\uDC00';

const CREATE_PROGRAMME = `mutation ($input: CreateProgrammeInput!) {
  createProgramme(input: $input) { id title }
}`;

function programmeInput(overrides: Record<string, unknown> = {}) {
  return {
    code: `HI-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    title: 'Прикордонне співробітництво',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    sides: [
      { name: 'Харківська область', country: 'UA' },
      { name: 'Lubelskie', country: 'PL' },
    ],
    ...overrides,
  };
}

/** The answer to hostile input: 400, BAD_USER_INPUT naming exactly these argument paths. */
function expectRefused(response: RawResponse, fields: string[]) {
  expect(response.status).toBe(400);
  expect(response.body?.data ?? null).toBeNull();
  expect(response.body?.errors).toHaveLength(1);
  expect(response.body?.errors?.[0]?.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    fields: fields.map((field) => ({ field, message: 'invalid' })),
  });
}

describe('hostile input at the GraphQL boundary', () => {
  let app: TestApp;
  let adminCookie: string | null;
  let organisations: Organisation[];
  const log = capturingLogger();

  beforeAll(async () => {
    app = await startTestApp({ production: true, logger: log.logger });
    adminCookie = (await app.as(await buildUser(app.dataSource, { role: Role.ADMIN }))).cookie;
    organisations = await Promise.all([
      buildOrganisation(app.dataSource),
      buildOrganisation(app.dataSource, { country: 'PL' }),
    ]);
  });
  afterAll(() => app?.close());

  const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL(app.url, { query, variables }, adminCookie);

  it('refuses a NUL in an inline argument before signing anyone in', async () => {
    const response = await postGraphQL(app.url, {
      query: `mutation { signIn(email: "a${NUL_ESCAPE}@x", password: "x") { id } }`,
    });
    expectRefused(response, ['email']);
    expect(response.text).not.toMatch(/\\u0000|stack/i);
  });

  it('refuses a NUL in the code of the public page, with no session', async () => {
    const response = await postGraphQL(app.url, {
      query: `{ publicProgramme(code: "KH${NUL_ESCAPE}") { title } }`,
    });
    expectRefused(response, ['code']);
  });

  it('names the path into input objects and lists, from variables', async () => {
    const before = await auditCount(app.dataSource);
    expectRefused(
      await asAdmin(CREATE_PROGRAMME, { input: programmeInput({ title: `a${HIGH_SURROGATE}` }) }),
      ['input.title'],
    );
    expectRefused(
      await asAdmin(CREATE_PROGRAMME, {
        input: programmeInput({
          summary: `${LOW_SURROGATE}b`,
          sides: [
            { name: 'Харківська область', country: 'UA' },
            { name: `Lubel${NUL}skie`, country: 'PL' },
          ],
          languages: ['uk', `e${HIGH_SURROGATE}`],
        }),
      }),
      ['input.languages.1', 'input.sides.1.name', 'input.summary'],
    );
    expect(await auditCount(app.dataSource)).toBe(before);
  });

  it('refuses an empty id that an input would store, and finds no record for an empty id', async () => {
    const [a, b] = organisations;
    const before = await auditCount(app.dataSource);
    expectRefused(
      await asAdmin(
        `mutation ($input: TwinningInput!) { createTwinningRelation(input: $input) { id } }`,
        {
          input: {
            kind: 'AGREEMENT',
            organisationAId: a!.id,
            organisationBId: b!.id,
            programmeId: '',
          },
        },
      ),
      ['input.programmeId'],
    );
    // The id of the record sought: empty, it is any malformed id, which matches nothing.
    const sought = await asAdmin('{ twinningRelation(id: "") { id } }');
    expect(sought.body).toEqual({ data: { twinningRelation: null } });
    expect(await auditCount(app.dataSource)).toBe(before);
  });

  it('refuses hostile search filters and comments before looking anything up', async () => {
    expectRefused(
      await asAdmin('query ($s: String) { organisations(search: $s) { total } }', { s: NUL }),
      ['search'],
    );
    expectRefused(
      await asAdmin('query ($s: String) { users(search: $s) { total } }', {
        s: HIGH_SURROGATE,
      }),
      ['search'],
    );
    // The issue does not exist: the text is judged first, so nothing is looked up for it.
    expectRefused(
      await asAdmin(
        `mutation { commentOnIssue(issueId: "00000000-0000-4000-8000-000000000000", text: "x${NUL_ESCAPE}") { id } }`,
      ),
      ['text'],
    );
  });

  it('judges arguments written inside fragments too', async () => {
    const response = await asAdmin(
      `query { ...Search } fragment Search on Query { organisations(search: "${NUL_ESCAPE}") { total } }`,
    );
    expectRefused(response, ['search']);
  });

  it('runs no part of a mutation document with one hostile field', async () => {
    const before = await auditCount(app.dataSource);
    const count = await app.dataSource.getRepository(Organisation).count();
    const response = await asAdmin(
      `mutation ($ok: OrganisationInput!, $bad: OrganisationInput!) {
        first: createOrganisation(input: $ok) { id }
        second: createOrganisation(input: $bad) { id }
      }`,
      {
        ok: { name: 'Сумська міська рада', kind: OrganisationKind.CITY_COUNCIL, country: 'UA' },
        bad: { name: `Рада${NUL}`, kind: OrganisationKind.CITY_COUNCIL, country: 'UA' },
      },
    );
    expectRefused(response, ['input.name']);
    expect(await app.dataSource.getRepository(Organisation).count()).toBe(count);
    expect(await auditCount(app.dataSource)).toBe(before);
  });

  it('keeps well-formed text that only looks odd: emoji pairs, RTL and zero-width marks', async () => {
    const title = `Співпраця 🤝 \u202Bעברית\u202C zero\u200Bwidth`;
    const response = await asAdmin(CREATE_PROGRAMME, { input: programmeInput({ title }) });
    expect(response.body?.errors).toBeUndefined();
    expect(response.body?.data).toEqual({
      createProgramme: { id: expect.any(String) as string, title },
    });
  });

  it('logs no stack trace for any of these client mistakes', () => {
    expect(withStack(log.lines)).toEqual([]);
  });
});
