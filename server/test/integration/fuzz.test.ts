import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/schema';
import { fuzzCases, type FuzzCase } from '../fuzz-cases';
import { auditCount, capturingLogger, postGraphQL, withStack } from '../fuzz-support';
import { buildFuzzWorld, type FuzzWorld } from '../fuzz-world';
import { startTestApp, type TestApp } from '../graphql';

interface Tally {
  requests: number;
  /** Answers with an INTERNAL_SERVER_ERROR among their errors, whatever the HTTP status. */
  internal: number;
  /** `<HTTP status> <first error code, or ok>` → how many. */
  histogram: Map<string, number>;
  violations: string[];
}

const describeCase = (c: FuzzCase) =>
  `${c.field} ${c.target} = ${JSON.stringify(c.variables).slice(0, 120)}`;

/**
 * Sends every case as one caller and checks each answer: never a 5xx or an internal error,
 * nothing written when the request failed (the audit log grows with every write, in the
 * write's own transaction), and no stack trace logged for the client's mistake.
 */
async function run(app: TestApp, cases: FuzzCase[], cookie: string | null, lines: string[]) {
  const tally: Tally = { requests: 0, internal: 0, histogram: new Map(), violations: [] };
  let audited = await auditCount(app.dataSource);
  for (const fuzz of cases) {
    const logged = lines.length;
    const response = await postGraphQL(app.url, fuzz, cookie);
    tally.requests += 1;
    const errors = response.body?.errors ?? [];
    const code = errors[0]?.extensions?.code ?? (response.body ? 'ok' : 'not-json');
    const key = `${response.status} ${code}`;
    tally.histogram.set(key, (tally.histogram.get(key) ?? 0) + 1);
    const failed = errors.length > 0 && Object.values(response.body?.data ?? {}).every((v) => !v);
    // Apollo answers 400 only for a request it refused before executing anything, so the
    // count is not read for one: that halves the time of the fuzz on PGlite.
    const now = response.status === 400 ? audited : await auditCount(app.dataSource);
    const internal = errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
    if (internal) tally.internal += 1;
    const problems = [
      response.status >= 500 ? `HTTP ${response.status}` : null,
      internal ? 'internal' : null,
      !response.body ? 'not JSON' : null,
      failed && now !== audited ? `wrote ${now - audited} audit entries` : null,
      withStack(lines.slice(logged)).length > 0 ? 'stack trace logged' : null,
    ].filter(Boolean);
    if (problems.length > 0) tally.violations.push(`${problems.join(', ')}: ${describeCase(fuzz)}`);
    audited = now;
  }
  if ((await auditCount(app.dataSource)) !== audited) {
    tally.violations.push('the audit log grew after the last request that was read');
  }
  return tally;
}

function report(label: string, tally: Tally): void {
  const histogram = [...tally.histogram.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key}: ${n}`)
    .join(', ');
  process.stdout.write(
    `fuzz (${process.env.TEST_DB}, ${label}): ${tally.requests} requests, ${tally.internal} internal; ${histogram}\n`,
  );
}

describe('schema-driven fuzz of every query and mutation', () => {
  let app: TestApp;
  let world: FuzzWorld;
  let cases: FuzzCase[];
  const log = capturingLogger();

  beforeAll(async () => {
    app = await startTestApp({ production: true, logger: log.logger });
    world = await buildFuzzWorld(app);
    cases = fuzzCases(await createSchema(), world.resolveId);
  });
  afterAll(() => app?.close());

  it.each(['anonymous', 'admin', 'partner'] as const)(
    'answers every hostile request as %s with a client error, writing nothing',
    async (caller) => {
      const cookie = caller === 'anonymous' ? null : (await app.as(world[caller])).cookie;
      // What graphql-js refuses is refused before the session matters: sent once, anonymously.
      // A partner differs from an admin in what it may change: it is sent the mutations.
      const sent = cases.filter(
        (c) =>
          caller === 'anonymous' || (c.coerces && (caller === 'admin' || c.kind === 'mutation')),
      );
      const tally = await run(app, sent, cookie, log.lines);
      report(caller, tally);
      expect(tally.violations.slice(0, 40)).toEqual([]);
      expect(tally.requests).toBe(sent.length);
    },
    120_000,
  );
});
