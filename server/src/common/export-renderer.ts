import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import type { ExportSettings } from '../config';
import type { Logger } from './logger';
import { RenderPool, type WorkerTask } from './render-pool';
import { unavailableError } from './unavailable';

/** One export of one record, as the renderer is asked for it. */
export interface ExportJob<I> {
  /**
   * The same for the same file: names the export, its record, its language and the version of
   * everything the file shows (see content-version.ts). A changed record is a new key.
   */
  key: string;
  task: WorkerTask<I>;
  /** Reads what the worker needs; called only when `key` is neither cached nor being rendered. */
  input(): Promise<I>;
}

type Produce = () => Promise<Buffer>;

/**
 * Exports rendered off the request thread, each file once per content version: a render of a
 * key is kept (least recently used first out, `cacheBytes` in all) and identical requests while
 * it runs wait for that render rather than start their own. Callers check permissions before
 * asking: a cached file is handed to whoever asks for its key.
 *
 * At most `workers + queue` renders are admitted at once, counting those still reading their
 * data, so a burst past that is answered UNAVAILABLE at once rather than read and then refused.
 */
export class ExportRenderer {
  private readonly pool: RenderPool;
  private readonly files: LRUCache<string, Buffer, Produce>;
  private admitted = 0;
  private readonly limit: number;

  constructor(
    settings: ExportSettings,
    private readonly logger: Logger,
  ) {
    this.pool = new RenderPool(settings);
    this.limit = settings.workers + settings.queue;
    this.files = new LRUCache<string, Buffer, Produce>({
      // With no room at all nothing is kept, and identical requests still share a render.
      maxSize: Math.max(1, settings.cacheBytes),
      sizeCalculation: (file) => Math.max(1, file.byteLength),
      fetchMethod: (_key, _stale, { context }) => context(),
      // A render pushed out of the cache while running still answers those waiting for it.
      ignoreFetchAbort: true,
    });
  }

  async render<I>(job: ExportJob<I>): Promise<Buffer> {
    const file = await this.files.fetch(job.key, { context: () => this.admit(job) });
    if (!file) throw new Error(`the export ${job.key} rendered nothing`);
    return file;
  }

  private async admit<I>(job: ExportJob<I>): Promise<Buffer> {
    if (this.admitted >= this.limit) {
      this.logger.warn({ export: job.key, admitted: this.admitted }, 'export refused: queue full');
      throw unavailableError();
    }
    this.admitted += 1;
    try {
      const started = performance.now();
      const file = await this.pool.run(job.task, await job.input());
      this.logger.debug(
        { export: job.key, bytes: file.byteLength, ms: Math.round(performance.now() - started) },
        'export rendered',
      );
      return file;
    } finally {
      this.admitted -= 1;
    }
  }

  /** Renders done so far and the threads that did them, and what the cache holds. */
  stats(): { renders: number; threadIds: number[]; running: number; cachedBytes: number } {
    return { ...this.pool.stats(), cachedBytes: this.files.calculatedSize };
  }

  /** Stops the workers (on shutdown, once requests in flight have been answered). */
  close(): Promise<void> {
    this.files.clear();
    return this.pool.close();
  }
}
