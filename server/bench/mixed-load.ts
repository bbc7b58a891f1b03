import { performance } from 'node:perf_hooks';
import { spawnServer, stopServer } from '../test/server-process';
import { buildServer } from './build';
import { openBenchDatabase, type DatabaseKind } from './databases';
import { appDocument } from './scenarios';

/**
 * The load script: LOAD_CLIENTS clients (200) for LOAD_SECONDS (60) against the built server
 * on the benchmark's volume, 80 % reads (dashboard, events, issues) and 20 % writes (new
 * events, and edits naming the version read, read again and retried on CONFLICT). It reports
 * answers by kind (the goal: nothing but CONFLICT) and then checks in the database that every
 * write the server acknowledged is there. LOAD_DATABASE: postgres (default) or embedded.
 */
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const DATABASE = (process.env.LOAD_DATABASE ?? 'postgres') as DatabaseKind;

const LOG_EVENT = `mutation($programmeId: ID!, $input: EventInput!) {
  logEvent(programmeId: $programmeId, input: $input) { id version title } }`;
const UPDATE_EVENT = `mutation($id: ID!, $version: Int!, $input: EventInput!) {
  updateEvent(id: $id, version: $version, input: $input) { id version title } }`;
const EVENT = `query($id: ID!) { event(id: $id) { id version title } }`;
const EVENTS = `query($programmeId: ID!) { events(programmeId: $programmeId, limit: 50) {
  total items { id title startsAt organiser { id } } } }`;
const ISSUES = `query($programmeId: ID!) { monitoringIssues(programmeId: $programmeId, limit: 50) {
  total items { id title status severity } } }`;

interface Written {
  id: string;
  version: number;
  title: string;
}

const outcomes = new Map<string, number>();
const latencies: number[] = [];
/** Each record's latest acknowledged state. */
const acknowledged = new Map<string, Written>();

function count(kind: string) {
  outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
}

function input(title: string, day: number) {
  const starts = new Date(Date.UTC(2026, 0, 1 + (day % 300), 8));
  return {
    type: 'WORKSHOP',
    title,
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + 2 * 3600_000).toISOString(),
    timeZone: 'Europe/Kyiv',
    venue: 'Kharkiv',
  };
}

async function send<T>(url: string, query: string, variables: object): Promise<T | null> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'spilno_session=bench-coordinator' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as {
      data?: T;
      errors?: { extensions?: { code?: string } }[];
    };
    latencies.push(performance.now() - started);
    const code = body.errors?.[0]?.extensions?.code;
    count(code ?? (response.ok ? 'OK' : `HTTP ${response.status}`));
    return code ? null : (body.data ?? null);
  } catch (error) {
    count(error instanceof Error ? error.name : 'network error');
    return null;
  }
}

/** An edit that names the version it read; on CONFLICT it reads again and retries. */
async function edit(url: string, id: string, title: string) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const read = await send<{ event: Written | null }>(url, EVENT, { id });
    if (!read?.event) return;
    const done = await send<{ updateEvent: Written }>(url, UPDATE_EVENT, {
      id,
      version: read.event.version,
      input: input(title, attempt),
    });
    if (done) return acknowledged.set(id, done.updateEvent);
  }
}

async function client(url: string, programmes: string[], dashboard: string, until: number) {
  let n = 0;
  while (performance.now() < until) {
    n += 1;
    const programmeId = programmes[Math.floor(Math.random() * programmes.length)]!;
    const dice = Math.random();
    if (dice < 0.1) {
      const made = await send<{ logEvent: Written }>(url, LOG_EVENT, {
        programmeId,
        input: input(`Load ${n} ${Math.random()}`, n),
      });
      if (made) acknowledged.set(made.logEvent.id, made.logEvent);
    } else if (dice < 0.2) {
      // Many clients editing few records: the same event is often edited at once.
      const ids = [...acknowledged.keys()];
      if (ids.length)
        await edit(url, ids[Math.floor(Math.random() * Math.min(ids.length, 50))]!, `Edited ${n}`);
    } else if (dice < 0.4) {
      await send(url, dashboard, { programmeId });
    } else if (dice < 0.7) {
      await send(url, EVENTS, { programmeId });
    } else {
      await send(url, ISSUES, { programmeId });
    }
  }
}

async function main() {
  buildServer();
  const db = await openBenchDatabase(DATABASE);
  const programmes = (await db.sql('SELECT id FROM programme')).map((row) => String(row.id));
  const server = spawnServer(db.env, true);
  try {
    const url = await server.listening;
    const until = performance.now() + SECONDS * 1000;
    const dashboard = appDocument('ProgrammeDashboard');
    await Promise.all(
      Array.from({ length: CLIENTS }, () => client(url, programmes, dashboard, until)),
    );
    await stopServer(server);
    const rows = await db.sql('SELECT id, version, title FROM event WHERE id = ANY($1::uuid[])', [
      [...acknowledged.keys()],
    ]);
    const stored = new Map(rows.map((row) => [String(row.id), row]));
    const lost = [...acknowledged.values()].filter((write) => {
      const row = stored.get(write.id);
      // A later acknowledged edit may have overtaken the one recorded last; never an older one.
      return !row || Number(row.version) < write.version;
    });
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.floor((p / 100) * latencies.length)]?.toFixed(0);
    console.info(`${CLIENTS} clients for ${SECONDS} s on ${DATABASE}`);
    console.info(
      `answers: ${latencies.length}, p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms`,
    );
    for (const [kind, times] of [...outcomes].sort((a, b) => b[1] - a[1])) {
      console.info(`  ${kind}: ${times}`);
    }
    console.info(`acknowledged records: ${acknowledged.size}, missing or older: ${lost.length}`);
    const unexpected = [...outcomes.keys()].filter((kind) => kind !== 'OK' && kind !== 'CONFLICT');
    process.exitCode = lost.length || unexpected.length ? 1 : 0;
  } finally {
    if (server.child.exitCode === null) await stopServer(server);
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
