import 'reflect-metadata';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorCode, HTTP_STATUS, Role } from '@spilno/shared';
import { GraphQLError } from 'graphql';
import { AppError } from '../../src/common/errors';
import { cookieOf, uploadAttachment } from '../attachment-http';
import { buildEvent, buildProgramme, buildUser } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';

let app: TestApp;
let admin: Client;
let programmeId: string;
let eventId: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as(await buildUser(app.dataSource, { role: Role.ADMIN }));
  const { programme } = await buildProgramme(app.dataSource);
  programmeId = programme.id;
  eventId = (await buildEvent(app.dataSource, programme.id)).id;
});
afterAll(() => app?.close());
afterEach(() => vi.restoreAllMocks());

interface RouteCase {
  name: string;
  /** Sends the request as `client`. */
  send(client: Client): Promise<Response>;
  /** Makes the first service the route calls throw `error`. */
  failWith(error: Error): void;
}

const get = (path: () => string) => (client: Client) =>
  fetch(`${app.url}${path()}`, { headers: cookieOf(client) });

const ROUTES: RouteCase[] = [
  {
    name: 'GET /export/programmes/:id/actions.xlsx',
    send: get(() => `/export/programmes/${programmeId}/actions.xlsx`),
    failWith: (error) =>
      vi.spyOn(app.services.policy, 'readableProgramme').mockRejectedValue(error),
  },
  {
    name: 'GET /export/programmes/:id/issues.csv',
    send: get(() => `/export/programmes/${programmeId}/issues.csv`),
    failWith: (error) =>
      vi.spyOn(app.services.policy, 'readableProgramme').mockRejectedValue(error),
  },
  {
    name: 'GET /calendar/:id.ics',
    send: get(() => `/calendar/${programmeId}.ics`),
    failWith: (error) =>
      vi.spyOn(app.services.policy, 'readableProgramme').mockRejectedValue(error),
  },
  {
    name: 'GET /programmes/:id/report.pdf',
    send: get(() => `/programmes/${programmeId}/report.pdf`),
    failWith: (error) => vi.spyOn(app.services.programmeReport, 'pdf').mockRejectedValue(error),
  },
  {
    name: 'POST /attachments',
    send: async (client) => {
      const { status, body } = await uploadAttachment(
        app.url,
        client,
        eventId,
        'notes.csv',
        Buffer.from('a,b\n1,2\n'),
      );
      return new Response(JSON.stringify(body), { status });
    },
    failWith: (error) =>
      vi.spyOn(app.services.attachments, 'ownerToAttachTo').mockRejectedValue(error),
  },
  {
    name: 'GET /attachments/:id',
    send: get(() => `/attachments/${crypto.randomUUID()}`),
    failWith: (error) => vi.spyOn(app.services.attachments, 'open').mockRejectedValue(error),
  },
];

const THROWN = [
  ErrorCode.CONFLICT,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.RATE_LIMITED,
  ErrorCode.QUOTA_EXCEEDED,
] as const;

describe.each(ROUTES)('$name', (routeCase) => {
  it.each(THROWN)('answers an AppError %s with the status of the shared table', async (code) => {
    routeCase.failWith(new AppError(code, `refused as ${code}`, { detail: 7 }));
    const response = await routeCase.send(admin);
    expect(response.status).toBe(HTTP_STATUS[code]);
    expect(await response.json()).toEqual({
      errors: [{ message: `refused as ${code}`, extensions: { code, detail: 7 } }],
    });
  });

  it('answers a GraphQLError with one of the codes like an AppError', async () => {
    routeCase.failWith(
      new GraphQLError('slow down', { extensions: { code: ErrorCode.RATE_LIMITED } }),
    );
    const response = await routeCase.send(admin);
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({
      errors: [{ message: 'slow down', extensions: { code: ErrorCode.RATE_LIMITED } }],
    });
  });

  it('answers anything else as a bare 500 without its message', async () => {
    routeCase.failWith(new Error('relation "secret_table" does not exist'));
    const response = await routeCase.send(admin);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
      ],
    });
  });

  it('answers a signed-out request 401 UNAUTHENTICATED, as /graphql reads the session', async () => {
    const response = await routeCase.send(app.anonymous());
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: ErrorCode.UNAUTHENTICATED } }],
    });
  });
});

describe('the rest of the HTTP edge', () => {
  it('answers an unknown path with the table’s 404', async () => {
    const response = await fetch(`${app.url}/no-such-thing`);
    expect(response.status).toBe(HTTP_STATUS.NOT_FOUND);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Not found', extensions: { code: ErrorCode.NOT_FOUND } }],
    });
  });

  it('names the bad filter of an issue export as a field of BAD_USER_INPUT', async () => {
    const response = await fetch(
      `${app.url}/export/programmes/${programmeId}/issues.csv?status=NOPE`,
      { headers: cookieOf(admin) },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { extensions: { code: string; fields: { field: string }[] } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(body.errors[0]?.extensions.fields.map((f) => f.field)).toEqual(['status']);
  });
});
