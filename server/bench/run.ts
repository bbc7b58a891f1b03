import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnServer, stopServer, type ServerProcess } from '../test/server-process';
import { buildServer } from './build';
import { openBenchDatabase, type BenchDatabase, type DatabaseKind } from './databases';
import { evaluate, printResults, type Measurement, type Run } from './goals';
import { load, memoryOf, type LoadRequest } from './load';
import { scenarios, type Scenario } from './scenarios';

/**
 * The benchmark: a realistic volume (volume.sql) on a throwaway PostgreSQL and on the embedded
 * database, the built server under 1, 20 and 100 concurrent clients, and a hand-written
 * http+pg server (baseline.ts) answering the same lists with the same JSON in the same run.
 * Prints latencies, throughput, statements per request and memory, and fails when a goal of
 * goals.ts is missed. Settings: BENCH_DATABASES (postgres,embedded), BENCH_SECONDS (5),
 * BENCH_CLIENTS (1,20,100), BENCH_ONLY (some reads, e.g. events,plan), BENCH_SKIP_BUILD=1.
 */
const DATABASES = (process.env.BENCH_DATABASES ?? 'postgres,embedded').split(',') as DatabaseKind[];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,20,100').split(',').map(Number);
const ONLY = process.env.BENCH_ONLY?.split(',');
const SERVER_DIR = path.join(__dirname, '..');

/** The baseline as its own process, like the server, so neither shares the other's CPU time. */
async function startBaseline(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '-r', '@swc-node/register', 'bench/baseline.ts'],
    { cwd: SERVER_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /"url":"([^"]+)"/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the baseline exited (${code})`)));
  });
  return { url, pid: child.pid!, stop: () => child.kill() };
}

function graphqlRequest(url: string, scenario: Scenario): LoadRequest {
  return {
    url: `${url}/graphql`,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `spilno_session=${scenario.token}`,
      // Uncompressed, as the baseline answers; compression is proved by the delivery tests.
      'accept-encoding': 'identity',
    },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables }),
  };
}

async function fetchJson(request: LoadRequest): Promise<unknown> {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const json = (await response.json()) as { errors?: unknown };
  if (!response.ok || json.errors) {
    throw new Error(`${request.url}: ${response.status} ${JSON.stringify(json.errors)}`);
  }
  return json;
}

/** Statements one request runs, and those among them run more than once. */
async function statementsOf(db: BenchDatabase, request: LoadRequest) {
  if (!db.statements) return undefined;
  await fetchJson(request);
  await db.statements.reset();
  await fetchJson(request);
  const rows = await db.statements.read();
  return {
    total: rows.reduce((sum, row) => sum + row.calls, 0),
    repeated: rows.filter((row) => row.calls > 1).map((row) => row.query.slice(0, 120)),
  };
}

async function measureScenario(
  db: BenchDatabase,
  server: ServerProcess,
  url: string,
  scenario: Scenario,
  baselineServer: { url: string; pid: number } | undefined,
  label = scenario.name,
): Promise<Measurement[]> {
  const request = graphqlRequest(url, scenario);
  const baseline: LoadRequest | undefined =
    baselineServer && scenario.baseline
      ? {
          url: `${baselineServer.url}${scenario.baseline}`,
          method: 'GET',
          headers: request.headers,
        }
      : undefined;
  const answer = JSON.stringify(await fetchJson(request));
  if (baseline && JSON.stringify(await fetchJson(baseline)) !== answer) {
    throw new Error(`${label}: the baseline's JSON differs from Spilno's`);
  }
  const statements = await statementsOf(db, request);
  // Warm-up, unrecorded: both servers' code is compiled and their pools are full.
  await load(request, 10, 2);
  if (baseline) await load(baseline, 10, 2);
  const results: Measurement[] = [];
  for (const clients of CLIENTS) {
    // Interleaved: both servers meet the same state of the shared machine.
    const spilno = await load(request, clients, SECONDS, server.child.pid);
    const base = baseline ? await load(baseline, clients, SECONDS, baselineServer?.pid) : undefined;
    results.push({
      database: db.kind,
      scenario: label,
      clients,
      spilno,
      baseline: base,
      statements,
      memory: memoryOf(server.child.pid!),
    });
  }
  return results;
}

async function startServer(env: Record<string, string>) {
  const started = performance.now();
  const server = spawnServer(env, true);
  const url = await server.listening;
  return { server, url, seconds: (performance.now() - started) / 1000 };
}

/** The embedded server's first start (new data directory) and a later start, in seconds. */
async function embeddedStarts(): Promise<{ first: number; later: number; idleMb: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-bench-start-'));
  const env = { DATA_DIR: path.join(dir, 'data') };
  try {
    const first = await startServer(env);
    await stopServer(first.server);
    const later = await startServer(env);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleMb = memoryOf(later.server.child.pid!).rssMb;
    await stopServer(later.server);
    return { first: first.seconds, later: later.seconds, idleMb };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runDatabase(kind: DatabaseKind): Promise<Run> {
  const db = await openBenchDatabase(kind);
  console.info(`${kind}: volume loaded in ${db.volumeSeconds.toFixed(1)} s`);
  const [programme] = await db.sql(`SELECT id FROM programme WHERE code = 'P001'`);
  const ids = { programmeId: String(programme!.id) };
  let { server, url } = await startServer(db.env);
  const baseline = kind === 'postgres' ? await startBaseline(db.env) : undefined;
  try {
    const idleMb = memoryOf(server.child.pid!).rssMb;
    const measurements: Measurement[] = [];
    const chosen = scenarios(ids).filter((s) => !ONLY || ONLY.includes(s.name));
    for (const scenario of chosen) {
      measurements.push(...(await measureScenario(db, server, url, scenario, baseline)));
      console.info(`${kind}: ${scenario.name} measured`);
    }
    const dashboard = chosen.find((s) => s.name === 'dashboard');
    if (!dashboard)
      return { database: kind, idleMb, measurements, volumeSeconds: db.volumeSeconds };
    // Ten times the events in the same programme: the dashboard's cost must not follow.
    const started = performance.now();
    if (kind === 'embedded') await stopServer(server);
    await db.sql(`SELECT bench_add_events($1, 20001, 180000)`, [ids.programmeId]);
    await db.sql('ANALYZE');
    console.info(
      `${kind}: 180,000 more events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    if (kind === 'embedded') ({ server, url } = await startServer(db.env));
    measurements.push(
      ...(await measureScenario(db, server, url, dashboard, undefined, 'dashboard 10× events')),
    );
    const starts = kind === 'embedded' ? await embeddedStarts() : undefined;
    return { database: kind, idleMb, measurements, starts, volumeSeconds: db.volumeSeconds };
  } catch (error) {
    // A server that stopped answering says why in its own last lines.
    console.error(`${kind}: the server's last output:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    baseline?.stop();
    await stopServer(server);
    await db.stop();
  }
}

async function main() {
  buildServer();
  const runs: Run[] = [];
  for (const kind of DATABASES) runs.push(await runDatabase(kind));
  printResults(runs);
  const failures = evaluate(runs);
  process.exitCode = failures > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
