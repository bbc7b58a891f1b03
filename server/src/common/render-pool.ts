import path from 'node:path';
import Piscina from 'piscina';
import type { ExportSettings } from '../config';
import { unavailableError } from './unavailable';
import type { Rendered } from './render-worker';

/** A render function of a worker file (see render-worker.ts), typed by the input it takes. */
export interface WorkerTask<I> {
  filename: string;
  name: string;
  /** Never set: carries the input type from the worker file to the callers. */
  readonly input?: I;
}

/**
 * The function `name` of the worker file `file` beside `caller` (the caller's `__filename`),
 * which has the caller's own extension: `.ts` while the server runs from its source
 * (development, tests), `.js` in the built server.
 */
export function workerTask<F extends (input: never) => Promise<Rendered>>(
  caller: string,
  file: string,
  name: string,
): WorkerTask<Parameters<F>[0]> {
  return { filename: path.join(path.dirname(caller), `${file}${path.extname(caller)}`), name };
}

// Running from source, the workers compile the TypeScript they load the way the server itself
// does (`node --conditions=source -r @swc-node/register`), whoever started the process (the
// test runner transforms its own modules, not a worker's). The built server needs neither.
const FROM_SOURCE = path.extname(__filename) === '.ts';
const SOURCE_ARGS = ['--conditions=source', '-r', '@swc-node/register'];

function workerExecArgv(): string[] {
  if (!FROM_SOURCE) return process.execArgv;
  const own = process.execArgv.join(' ');
  return own.includes('@swc-node/register') && own.includes('--conditions=source')
    ? process.execArgv
    : [...process.execArgv, ...SOURCE_ARGS];
}

/**
 * Workers running from source load the compiler's native binding. Unless this thread holds it
 * too, the first worker to end unloads it, and the next one to load it brings the whole
 * process down.
 */
function holdCompiler(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (FROM_SOURCE) require('@swc/core');
}

/** A worker left idle this long ends, and the next export starts one again. */
const IDLE_MS = 5 * 60 * 1000;

/**
 * Worker threads that render exports: `workers` at once, `queue` more waiting, and past that
 * UNAVAILABLE. Threads start with the first export, not with the server.
 */
export class RenderPool {
  private readonly piscina: Piscina;
  private done = 0;
  private readonly threadIds = new Set<number>();

  constructor(settings: Pick<ExportSettings, 'workers' | 'queue'>) {
    holdCompiler();
    this.piscina = new Piscina({
      minThreads: 0,
      maxThreads: settings.workers,
      maxQueue: settings.queue,
      idleTimeout: IDLE_MS,
      execArgv: workerExecArgv(),
      env: FROM_SOURCE
        ? { ...process.env, SWC_NODE_PROJECT: path.join(__dirname, '..', '..', 'tsconfig.json') }
        : process.env,
    });
  }

  async run<I>(task: WorkerTask<I>, input: I): Promise<Buffer> {
    let rendered: Rendered;
    try {
      rendered = (await this.piscina.run(input, {
        filename: task.filename,
        name: task.name,
      })) as Rendered;
    } catch (error) {
      if (error instanceof Error && error.message === 'Task queue is at limit') {
        throw unavailableError();
      }
      throw error;
    }
    this.done += 1;
    this.threadIds.add(rendered.threadId);
    const { bytes } = rendered;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Renders finished so far, the threads that did them, and how many threads run now. */
  stats(): { renders: number; threadIds: number[]; running: number } {
    return {
      renders: this.done,
      threadIds: [...this.threadIds],
      running: this.piscina.threads.length,
    };
  }

  /** Ends every worker; renders still running or waiting fail. */
  close(): Promise<void> {
    return this.piscina.destroy();
  }
}
