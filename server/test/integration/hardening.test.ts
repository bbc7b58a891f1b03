import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_DIRECTIVES, MAX_QUERY_DEPTH, MAX_TOKENS } from '../../src/common/limits';
import { buildUser } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** What must never reach a client: stack frames, driver and SQL detail, framework internals. */
const LEAKS =
  /\s+at\s+\S+\s+\(|node_modules|SELECT|relation|QueryFailedError|SyntaxError|stacktrace/i;

async function raw(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const json = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

/** `{ organisations { items { parent { parent … { id } } } } }`, `levels` parents deep. */
function deepQuery(levels: number): string {
  return `{ organisations { items { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } } }`;
}

describe('request hardening (production)', () => {
  let app: TestApp;
  let client: Client;
  beforeAll(async () => {
    app = await startTestApp({ production: true });
    client = await app.as(await buildUser(app.dataSource));
  });
  afterAll(() => app?.close());

  it('answers a body over 1 MB with 413 JSON and no stack', async () => {
    const body = JSON.stringify({
      query: '{ me { id } }',
      variables: { pad: 'x'.repeat(1_100_000) },
    });
    const response = await raw(`${app.url}/graphql`, json(body));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({
      errors: [
        {
          message: 'Request body too large',
          extensions: { code: 'BAD_USER_INPUT', reason: 'too_large' },
        },
      ],
    });
  });

  it('answers malformed JSON with 400 JSON and no parser detail', async () => {
    const response = await raw(`${app.url}/graphql`, json('{"query": "{ me { id } }",'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({
      errors: [{ message: 'Malformed request', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(response.text).not.toMatch(LEAKS);
  });

  it(`refuses a query deeper than ${MAX_QUERY_DEPTH}, naming the limit`, async () => {
    expect((await client.request(deepQuery(MAX_QUERY_DEPTH - 4))).errors).toBeUndefined();
    const result = await client.request(deepQuery(MAX_QUERY_DEPTH + 2));
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`depth.*${MAX_QUERY_DEPTH}`, 'i'));
  });

  it(`refuses more than ${MAX_ALIASES} aliases, naming the limit`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await client.request(aliases(MAX_ALIASES))).errors).toBeUndefined();
    const result = await client.request(aliases(MAX_ALIASES + 1));
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`alias.*${MAX_ALIASES}`, 'i'));
  });

  it('answers a document that does not parse with 400 GRAPHQL_PARSE_FAILED', async () => {
    const tokens = `{ ${'__typename '.repeat(MAX_TOKENS)}}`;
    for (const query of ['{', '{ me { id }', '{ me { id\u0000 } }', tokens]) {
      const response = await raw(`${app.url}/graphql`, json(JSON.stringify({ query })));
      expect(response.status, query.slice(0, 20)).toBe(400);
      const body = JSON.parse(response.text) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(response.text).not.toMatch(LEAKS);
    }
  });

  it('answers a document that does not validate with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const aliases = `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const costly = `{ ${Array.from(
      { length: MAX_ALIASES },
      (_, i) =>
        `a${i}: organisations { items { ${'parent { '.repeat(8)}id name country region kind${' }'.repeat(8)} } }`,
    ).join(' ')} }`;
    for (const query of [
      '{ nothingHere }',
      '{ me }',
      deepQuery(MAX_QUERY_DEPTH + 2),
      aliases,
      costly,
      `{ me @include(if: true) ${'@include(if: true) '.repeat(MAX_DIRECTIVES)}{ id } }`,
    ]) {
      const response = await raw(`${app.url}/graphql`, {
        ...json(JSON.stringify({ query })),
        headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
      });
      expect(response.status, query.slice(0, 40)).toBe(400);
      const body = JSON.parse(response.text) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('answers bodies Express cannot read with 4xx JSON and no parser detail', async () => {
    const query = JSON.stringify({ query: '{ me { id } }' });
    const attempts: [RequestInit, number][] = [
      [json(query, { 'content-type': 'application/json; charset=latin1' }), 415],
      [json('garbage', { 'content-encoding': 'gzip' }), 400],
      [json(query, { 'content-encoding': 'x-unknown' }), 415],
      [json('{"query": "{ me { id } }", "query": '), 400],
      [json(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 400],
    ];
    for (const [init, status] of attempts) {
      const response = await raw(`${app.url}/graphql`, init);
      expect(response.status, JSON.stringify(init.headers)).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.text).not.toMatch(LEAKS);
    }
  });

  it('answers a request with no query with 400', async () => {
    for (const body of ['{}', '{"query": 5}', '[]', '"x"']) {
      const response = await raw(`${app.url}/graphql`, json(body));
      expect(response.status, body).toBe(400);
      expect(response.text).not.toMatch(LEAKS);
    }
  });

  it('refuses introspection', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "User") { fields { name } } }',
    ]) {
      const result = await client.request(query);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });

  it('never suggests field, argument or value names', async () => {
    for (const query of [
      '{ organisatons { total } }',
      '{ me { emial } }',
      '{ organisations(serch: "x") { total } }',
      '{ organisations(kind: CITY_COUNCL) { total } }',
    ]) {
      const response = await raw(`${app.url}/graphql`, {
        ...json(JSON.stringify({ query })),
        headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
      });
      const body = JSON.parse(response.text) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.text).not.toMatch(/did you mean/i);
    }
  });

  it('refuses a GET and a text/plain or form POST as possible CSRF', async () => {
    const query = encodeURIComponent('{ __typename }');
    const attempts: [string, RequestInit][] = [
      [`${app.url}/graphql?query=${query}`, { method: 'GET' }],
      [
        `${app.url}/graphql`,
        {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: '{"query":"{ __typename }"}',
        },
      ],
      [
        `${app.url}/graphql`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${query}`,
        },
      ],
    ];
    for (const [url, init] of attempts) {
      const response = await raw(url, init);
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/Cross-Site Request Forgery/);
      expect(response.text).not.toMatch(/__typename"?:/);
    }
    // The same GET with a header a browser cannot send cross-site without a preflight is served.
    const preflighted = await raw(`${app.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(JSON.parse(preflighted.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([
    ['/healthz', { method: 'GET' }],
    ['/graphql', json(JSON.stringify({ query: '{ __typename }' }))],
    ['/no/such/page', { method: 'GET' }],
  ] as [string, RequestInit][])('sends security headers on %s', async (path, init) => {
    const { headers } = await raw(`${app.url}${path}`, init);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('answers an unknown path with a JSON 404', async () => {
    const response = await raw(`${app.url}/no/such/page`);
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text)).toEqual({
      errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('reports health once the database answers', async () => {
    const response = await raw(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ status: 'ok' });
  });

  it('answers an unexpected failure as a bare internal error: no SQL, no stack', async () => {
    await app.dataSource.query('ALTER TABLE organisation RENAME TO organisation_away');
    try {
      const response = await raw(`${app.url}/graphql`, {
        ...json(JSON.stringify({ query: '{ organisations { total } }' })),
        headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
      });
      expect(JSON.parse(response.text)).toEqual({
        data: null,
        errors: [
          {
            message: 'Internal server error',
            path: ['organisations'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      expect(response.text).not.toMatch(LEAKS);
      expect(response.text).not.toContain('organisation_away');
    } finally {
      await app.dataSource.query('ALTER TABLE organisation_away RENAME TO organisation');
    }
  });

  it('names the variable of the wrong type as the bad field', async () => {
    const query = `query ($limit: Int!, $kind: OrganisationKind) {
      organisations(limit: $limit, kind: $kind) { total }
    }`;
    for (const [variables, field] of [
      [{ limit: 'ten' }, 'limit'],
      [{}, 'limit'],
      [{ limit: 5, kind: 'CASTLE' }, 'kind'],
      [{ limit: 5, kind: 'CITY_COUNCL' }, 'kind'],
    ] as const) {
      const result = await client.request(query, variables);
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field, message: 'invalid' }],
      });
      expect(JSON.stringify(result.errors)).not.toMatch(/did you mean/i);
    }
  });
});

describe('request hardening (development)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ production: false });
  });
  afterAll(() => app?.close());

  it('allows introspection, and still suggests nothing', async () => {
    const client = await app.as(await buildUser(app.dataSource));
    expect(await client.ok('{ __schema { queryType { name } } }')).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const typo = await client.request('{ organisatons { total } }');
    expect(typo.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(typo.errors)).not.toMatch(/did you mean/i);
  });
});
