import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { ErrorCode } from '@spilno/shared';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { RenderPool, workerTask } from '../../common/render-pool';
import type { ReportInput, reportPdf } from './report.worker';

const SERVER = path.join(__dirname, '..', '..', '..');
const SRC = path.join(SERVER, 'src');

const REPORT = workerTask<typeof reportPdf>(__filename, 'report.worker', 'reportPdf');

const pools: RenderPool[] = [];
function pool(settings: { workers: number; queue: number }): RenderPool {
  const made = new RenderPool(settings);
  pools.push(made);
  return made;
}
afterAll(() => Promise.all(pools.map((made) => made.close())));

describe('the report worker, running from source', () => {
  it('renders in a worker thread, pool after pool', async () => {
    // A second pool starts its workers after the first one's have ended, as after a restart
    // of the services in one process.
    for (const round of [1, 2]) {
      const renderer = pool({ workers: 1, queue: 0 });
      const pdf = await renderer.run(REPORT, reportInput());
      expect(pdf.subarray(0, 5).toString('latin1'), `round ${round}`).toBe('%PDF-');
      const { renders, threadIds, running } = renderer.stats();
      expect(renders).toBe(1);
      expect(running).toBe(1);
      expect(threadIds).toHaveLength(1);
      expect(threadIds).not.toContain(threadId);
      await renderer.close();
      expect(renderer.stats().running).toBe(0);
    }
  }, 60_000);

  it('refuses a task past its workers and its queue as UNAVAILABLE', async () => {
    const renderer = pool({ workers: 1, queue: 1 });
    // With its worker started: one task runs, one waits, and the third finds no room.
    await renderer.run(REPORT, reportInput());
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => renderer.run(REPORT, reportInput())),
    );
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({
      code: ErrorCode.UNAVAILABLE,
      extensions: { retryAfterSeconds: 5 },
    });
  }, 60_000);
});

/** The server's build configuration, as the build reads it. */
function buildConfig(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(SERVER, 'tsconfig.build.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.build.json cannot be read');
  return parsed;
}

/**
 * `entries` and every file they load, transpiled with the build's compiler and options and
 * laid out as the build lays them out, under `out`.
 */
function transpile(entries: string[], out: string): void {
  const parsed = buildConfig();
  const options = { ...parsed.options, declaration: false, sourceMap: false };
  const pending = [...entries];
  const done = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      compilerOptions: options,
      fileName: file,
    });
    const target = path.join(out, path.relative(SRC, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText);
    // What the compiled file loads at run time: type-only imports are gone from it.
    for (const [, required] of outputText.matchAll(/require\("(\.[^"]+)"\)/g)) {
      const base = path.resolve(path.dirname(file), required!);
      pending.push(fs.existsSync(`${base}.ts`) ? `${base}.ts` : path.join(base, 'index.ts'));
    }
  }
}

describe('the report worker of the built server', () => {
  // Inside the server's packages, so that the compiled files find them as the build's do.
  const out = path.join(SERVER, 'node_modules', '.cache', `built-${process.pid}`);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('builds every worker file beside the code that names it', () => {
    const { fileNames } = buildConfig();
    const workers = fs
      .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.worker.ts'))
      .map((file) => path.join(SRC, file));
    expect(workers.length).toBeGreaterThanOrEqual(2);
    for (const worker of workers) expect(fileNames).toContain(worker);
  });

  it('runs the compiled worker files, without compiling anything at run time', async () => {
    transpile(
      [path.join(SRC, 'common', 'render-pool.ts'), path.join(__dirname, 'report.worker.ts')],
      out,
    );
    // Loaded by Node itself, not by the test runner, as the built server loads them.
    const built = createRequire(__filename)(path.join(out, 'common', 'render-pool.js')) as {
      RenderPool: typeof RenderPool;
      workerTask: typeof workerTask;
    };
    const task = built.workerTask<(input: ReportInput) => Promise<never>>(
      path.join(out, 'modules', 'programme-report', 'programme-report.service.js'),
      'report.worker',
      'reportPdf',
    );
    expect(task.filename).toBe(path.join(out, 'modules', 'programme-report', 'report.worker.js'));
    const renderer = new built.RenderPool({ workers: 1, queue: 0 });
    pools.push(renderer);
    const pdf = await renderer.run(task, reportInput());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(renderer.stats().threadIds).not.toContain(threadId);
  }, 60_000);
});

/** The report of an empty programme. */
function reportInput(): ReportInput {
  const programme = {
    id: '00000000-0000-4000-8000-000000000001',
    code: 'KH-BE-2012',
    title: 'Прикордонне співробітництво',
    summary: null,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    status: 'ACTIVE',
    currency: 'EUR',
  };
  return {
    data: {
      programme,
      sides: [],
      partners: [],
      overallProgress: 0,
      actions: [],
      events: [],
      indicators: [],
      budget: { total: { planned: 0, spent: 0 }, bySide: [] },
      twinningByStatus: [],
      issuesByStatus: [],
      cooperation: {
        activeTwinning: [],
        issuesByCategory: [],
        severeOpenIssues: [],
        reporting: [],
      },
    } as unknown as ReportInput['data'],
    language: 'en',
    now: new Date('2026-05-01T12:00:00Z'),
  };
}
