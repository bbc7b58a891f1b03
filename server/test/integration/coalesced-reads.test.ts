import 'reflect-metadata';
import { afterEach, describe, expect, it } from 'vitest';
import { EventStatus } from '@spilno/shared';
import { FRESH_COOKIE } from '../../src/common/replica-routing';
import { useCastProgramme } from '../cast-world';
import { FULL_DASHBOARD } from '../dashboard-documents';
import { EVENT_DASHBOARD, eventInput, LOG_EVENT } from '../event-documents';
import { buildEvent } from '../factories';
import { Client, type GraphQLResult, type TestApp } from '../graphql';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import { recordQueries } from '../statements';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

type Dashboard = { programmeDashboard: { eventsByType: { type: string; count: number }[] } };

const held = (result: GraphQLResult<Dashboard>) =>
  result.data?.programmeDashboard.eventsByType.reduce((sum, row) => sum + row.count, 0);

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds every execution of the dashboard at its start until released, and counts them: while
 * one is held, the requests that join its flight never reach the service at all.
 */
function holdDashboards(fail?: Error) {
  const service = app.services.dashboard;
  const original = service.forProgramme;
  let executions = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  service.forProgramme = async function (...args) {
    executions += 1;
    await released;
    if (fail) throw fail;
    return original.apply(this, args);
  };
  return {
    executions: () => executions,
    /** Waits until `count` executions started. */
    async started(count: number) {
      for (let i = 0; i < 500 && executions < count; i += 1) await settle(10);
      expect(executions).toBe(count);
    },
    release,
    restore: () => (service.forProgramme = original),
  };
}

let hold: ReturnType<typeof holdDashboards> | undefined;
afterEach(() => {
  hold?.release();
  hold?.restore();
  hold = undefined;
});

/** Sends `requests` together and, once one execution is held, gives the rest time to join. */
async function together<T>(
  requests: (() => Promise<T>)[],
  executions = 1,
  fail?: Error,
): Promise<T[]> {
  hold = holdDashboards(fail);
  const answers = Promise.all(requests.map((request) => request()));
  await hold.started(executions);
  // Each of the others reads its session and resolves its operation, then waits in the flight.
  await settle(300);
  expect(hold.executions()).toBe(executions);
  hold.release();
  return answers;
}

const dashboard =
  (client: Client, programmeId = p.programme.id) =>
  () =>
    client.request<Dashboard>(FULL_DASHBOARD, { programmeId });

/** The statements of the dashboard itself, without each request's own session lookup. */
const dashboardStatements = (queries: { query: string }[]) =>
  queries.filter(({ query }) => !/"session"/.test(query)).length;

describe('identical concurrent heavy reads share one execution', () => {
  it('runs the dashboard and its statements once for eight identical requests', async () => {
    const alone = await recordQueries(app, () => dashboard(cast.clients.coordinator)());
    expect(alone.result.errors).toBeUndefined();
    const { queries, result } = await recordQueries(app, () =>
      together(Array.from({ length: 8 }, () => dashboard(cast.clients.coordinator))),
    );
    expect(dashboardStatements(queries)).toBe(dashboardStatements(alone.queries));
    for (const answer of result) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(alone.result.data);
    }
  });

  const apart: [string, () => Promise<[Client, string][]>][] = [
    [
      'another user',
      async () => [
        [cast.clients.coordinator, p.programme.id],
        [cast.clients.otherCoordinator, p.programme.id],
      ],
    ],
    [
      'other variables',
      async () => [
        [cast.clients.coordinator, p.programme.id],
        [cast.clients.coordinator, (await castProgramme(app, cast)).programme.id],
      ],
    ],
    [
      'a reader who just wrote (the fresh cookie)',
      async () => [
        [cast.clients.coordinator, p.programme.id],
        [
          new Client(app.url, `${cast.clients.coordinator.cookie}; ${FRESH_COOKIE}=1`),
          p.programme.id,
        ],
      ],
    ],
  ];
  it.each(apart)('does not share with %s', async (_, readers) => {
    const requests = (await readers()).map(([client, id]) => dashboard(client, id));
    await together(requests, 2);
  });

  it('never joins mutations: two identical ones both write', async () => {
    const input = eventInput({ status: 'HELD', organiserPartnerId: p.uaPartner.id });
    const log = () =>
      cast.clients.coordinator.ok<{ logEvent: { id: string } }>(LOG_EVENT, {
        programmeId: p.programme.id,
        input,
      });
    const [first, second] = await Promise.all([log(), log()]);
    expect(first.logEvent.id).not.toBe(second.logEvent.id);
  });

  it('lets a reader who writes during a flight read the write, apart from it', async () => {
    const coordinator = cast.clients.coordinator;
    const read = (client: Client) => () =>
      client.request<Dashboard>(EVENT_DASHBOARD, { programmeId: p.programme.id });
    const initial = held(await read(coordinator)()) ?? 0;
    hold = holdDashboards();
    const flight = read(coordinator)();
    await hold.started(1);
    const logged = await coordinator.request(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({ status: 'HELD', organiserPartnerId: p.uaPartner.id }),
    });
    const fresh = logged.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith(`${FRESH_COOKIE}=`))
      ?.split(';')[0];
    expect(fresh).toBeTruthy();
    const own = read(new Client(app.url, `${coordinator.cookie}; ${fresh}`))();
    await hold.started(2);
    hold.release();
    await flight;
    expect(held(await own)).toBe(initial + 1);
  });

  it('keeps nothing after the flight: the next request executes anew and sees a write', async () => {
    const read = () =>
      cast.clients.coordinator.request<Dashboard>(EVENT_DASHBOARD, { programmeId: p.programme.id });
    const [first, second] = await together([read, read]);
    expect(held(second!)).toBe(held(first!));
    await buildEvent(app.dataSource, p.programme.id, { status: EventStatus.HELD });
    const after = await read();
    expect(hold?.executions()).toBe(2);
    expect(held(after)).toBe((held(first!) ?? 0) + 1);
  });

  it('lets the waiters execute on their own when the first request goes away unanswered', async () => {
    const coordinator = cast.clients.coordinator;
    hold = holdDashboards();
    const gone = new AbortController();
    const first = fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: coordinator.cookie ?? '' },
      body: JSON.stringify({ query: FULL_DASHBOARD, variables: { programmeId: p.programme.id } }),
      signal: gone.signal,
    }).catch((error: unknown) => error);
    await hold.started(1);
    const waiter = dashboard(coordinator)();
    await settle(300);
    expect(hold.executions()).toBe(1);
    gone.abort();
    await first;
    await hold.started(2);
    hold.release();
    const answer = await waiter;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.programmeDashboard).toBeTruthy();
  });

  it('gives every waiter the flight’s error, and the next request succeeds', async () => {
    const answers = await together(
      Array.from({ length: 4 }, () => dashboard(cast.clients.coordinator)),
      1,
      new Error('the figures could not be read'),
    );
    const [first] = answers;
    expect(first?.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    for (const answer of answers) {
      expect(answer.status).toBe(first?.status);
      expect(answer.errors).toEqual(first?.errors);
      expect(answer.data).toEqual(first?.data);
    }
    hold?.restore();
    const next = await dashboard(cast.clients.coordinator)();
    expect(next.errors).toBeUndefined();
    expect(next.data?.programmeDashboard).toBeTruthy();
  });
});
