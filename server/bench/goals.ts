import type { DatabaseKind } from './databases';
import type { LoadResult } from './load';

export interface Measurement {
  database: DatabaseKind;
  scenario: string;
  clients: number;
  spilno: LoadResult;
  baseline?: LoadResult;
  statements?: { total: number; repeated: string[] };
  /** The server's memory right after this load: current and peak so far. */
  memory: { rssMb: number; peakMb: number };
}

export interface Run {
  database: DatabaseKind;
  volumeSeconds: number;
  idleMb: number;
  measurements: Measurement[];
  starts?: { first: number; later: number; idleMb: number };
}

const LISTS = ['events', 'issues', 'directory', 'twinning'];

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** One table of every measurement, as the README shows it. */
export function printResults(runs: Run[]) {
  console.info(
    '\n| database | read | clients | req/s | p50 ms | p95 ms | p99 ms | KB | statements | CPU ms/req | baseline req/s | ratio | baseline CPU ms/req | RSS MB |',
  );
  console.info('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const run of runs) {
    for (const m of run.measurements) {
      const ratio = m.baseline ? fixed(m.spilno.rps / m.baseline.rps, 2) : '';
      const cpu = (result?: LoadResult) =>
        result?.cpuMs === undefined ? '' : fixed(result.cpuMs, 2);
      console.info(
        `| ${m.database} | ${m.scenario} | ${m.clients} | ${fixed(m.spilno.rps, 0)} | ${fixed(m.spilno.p50)} | ${fixed(m.spilno.p95)} | ${fixed(m.spilno.p99)} | ${fixed(m.spilno.bytes / 1024)} | ${m.statements?.total ?? 'n/a'} | ${cpu(m.spilno)} | ${m.baseline ? fixed(m.baseline.rps, 0) : ''} | ${ratio} | ${cpu(m.baseline)} | ${fixed(m.memory.rssMb, 0)} |`,
      );
    }
    const starts = run.starts
      ? `, first start ${fixed(run.starts.first)} s, later start ${fixed(run.starts.later)} s (idle ${fixed(run.starts.idleMb, 0)} MB)`
      : '';
    console.info(
      `\n${run.database}: volume in ${fixed(run.volumeSeconds)} s, idle RSS ${fixed(run.idleMb, 0)} MB${starts}\n`,
    );
  }
}

interface Goal {
  name: string;
  met: boolean;
  measured: string;
}

function find(run: Run | undefined, scenario: string, clients: number) {
  return run?.measurements.find((m) => m.scenario === scenario && m.clients === clients);
}

/** The goals of the benchmark; each missed one is printed and counted. */
export function evaluate(runs: Run[]): number {
  const pg = runs.find((run) => run.database === 'postgres');
  const embedded = runs.find((run) => run.database === 'embedded');
  const goals: Goal[] = [];
  for (const scenario of ['dashboard', 'dashboard 10× events']) {
    const m = find(pg, scenario, 20);
    if (!m) continue;
    goals.push({
      name: `${scenario}, PostgreSQL, 20 clients: p95 ≤ 50 ms and ≥ 200 req/s`,
      met: m.spilno.p95 <= 50 && m.spilno.rps >= 200 && m.spilno.errors === 0,
      measured: `p95 ${fixed(m.spilno.p95)} ms, ${fixed(m.spilno.rps, 0)} req/s`,
    });
    if (m.statements) {
      goals.push({
        name: `${scenario}: no statement run twice`,
        met: m.statements.repeated.length === 0,
        measured: m.statements.repeated.length
          ? m.statements.repeated.join(' / ')
          : `${m.statements.total} statements`,
      });
    }
  }
  for (const scenario of LISTS) {
    const m = find(pg, scenario, 20);
    if (!m?.baseline) continue;
    const ratio = m.spilno.rps / m.baseline.rps;
    goals.push({
      name: `${scenario}, PostgreSQL, 20 clients: ≥ 0.8× the hand-written server`,
      met: ratio >= 0.8,
      measured: `${fixed(ratio, 2)}× (${fixed(m.spilno.rps, 0)} against ${fixed(m.baseline.rps, 0)} req/s)`,
    });
  }
  const plan = find(pg, 'plan', 20);
  if (plan) {
    goals.push({
      name: 'plan of 2,000 actions, 20 clients: p95 ≤ 200 ms and ≤ 200 KB',
      met: plan.spilno.p95 <= 200 && plan.spilno.bytes <= 200 * 1024,
      measured: `p95 ${fixed(plan.spilno.p95)} ms, ${fixed(plan.spilno.bytes / 1024)} KB`,
    });
  }
  if (pg) {
    const peak = Math.max(...pg.measurements.map((m) => m.memory.peakMb));
    goals.push({
      name: 'server RSS on PostgreSQL ≤ 400 MB at 100 clients',
      met: peak <= 400,
      measured: `peak ${fixed(peak, 0)} MB`,
    });
  }
  if (embedded) {
    const own = find(embedded, 'dashboard', 20);
    const server = find(pg, 'dashboard', 20);
    if (own && server) {
      const ratio = own.spilno.rps / server.spilno.rps;
      goals.push({
        name: 'embedded dashboard, 20 clients: ≥ 0.8× PostgreSQL',
        met: ratio >= 0.8,
        measured: `${fixed(ratio, 2)}×`,
      });
    }
    const peak = Math.max(embedded.idleMb, ...embedded.measurements.map((m) => m.memory.peakMb));
    goals.push({
      name: 'embedded RSS ≤ 300 MB idle and under load',
      met: peak <= 300,
      measured: `idle ${fixed(embedded.idleMb, 0)} MB, peak ${fixed(peak, 0)} MB`,
    });
    if (embedded.starts) {
      goals.push({
        name: 'embedded first start ≤ 4 s, later starts ≤ 1.5 s',
        met: embedded.starts.first <= 4 && embedded.starts.later <= 1.5,
        measured: `${fixed(embedded.starts.first)} s, ${fixed(embedded.starts.later)} s`,
      });
    }
  }
  const errors = runs.flatMap((run) => run.measurements).filter((m) => m.spilno.errors > 0);
  goals.push({
    name: 'no failed request',
    met: errors.length === 0,
    measured:
      errors
        .map((m) => `${m.database} ${m.scenario} ×${m.clients}: ${m.spilno.errors}`)
        .join(', ') || 'none',
  });
  for (const goal of goals) {
    console.info(`${goal.met ? 'met   ' : 'MISSED'} ${goal.name}: ${goal.measured}`);
  }
  const missed = goals.filter((goal) => !goal.met).length;
  console.info(`\n${goals.length - missed} goals met, ${missed} missed`);
  return missed;
}
