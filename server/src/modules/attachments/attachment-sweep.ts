import { In, type DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { Logger } from '../../common/logger';
import type { AttachmentStore, StoredObject } from './attachment-store';
import { Attachment } from './attachment.entity';

/** What one sweep saw and did, for the log. */
export interface SweepCounts {
  /** Keys listed in the store. */
  scanned: number;
  /** Kept: an attachment row points at them. */
  referenced: number;
  /** Kept: younger than the grace period, maybe an upload whose row is not committed yet. */
  recent: number;
  /** Deleted: no row points at them. */
  deleted: number;
  /** Orphans whose deletion failed; the next sweep tries again. */
  failed: number;
}

export interface SweepOptions {
  /** Keys last written less than this long ago are never deleted. */
  graceMs: number;
  now?: Date;
}

/** Keys are checked against the rows this many at a time (one query each). */
const BATCH = 500;

/**
 * Deletes stored bytes that no attachment row points at: those left behind when rows went
 * with a deleted event or programme (a database cascade cannot reach the store), or when
 * deleting the bytes after a removal failed. An upload stores its bytes before its row
 * commits, so keys younger than the grace period are left alone.
 */
export async function sweepOrphanedAttachments(
  dataSource: DataSource,
  store: AttachmentStore,
  options: SweepOptions,
): Promise<SweepCounts> {
  const cutoff = (options.now ?? new Date()).getTime() - options.graceMs;
  const counts: SweepCounts = { scanned: 0, referenced: 0, recent: 0, deleted: 0, failed: 0 };
  let batch: StoredObject[] = [];

  const settle = async () => {
    const keys = batch.map((object) => object.key);
    batch = [];
    const rows = await dataSource.getRepository(Attachment).find({
      select: { storageKey: true },
      where: { storageKey: In(keys) },
    });
    const referenced = new Set(rows.map((row) => row.storageKey));
    for (const key of keys) {
      if (referenced.has(key)) {
        counts.referenced += 1;
        continue;
      }
      try {
        await store.delete(key);
        counts.deleted += 1;
      } catch {
        counts.failed += 1;
      }
    }
  };

  for await (const object of store.list()) {
    counts.scanned += 1;
    if (object.lastModified.getTime() > cutoff) {
      counts.recent += 1;
      continue;
    }
    batch.push(object);
    if (batch.length >= BATCH) await settle();
  }
  if (batch.length) await settle();
  return counts;
}

export interface ScheduledSweep {
  /** Stops the schedule; resolves once a sweep under way has finished. */
  stop(): Promise<void>;
}

/**
 * Runs the sweep once at start-up, without holding the start-up up, and then every
 * `intervalMs`; an interval of 0 turns it off. Each run is logged with its counts.
 */
export function scheduleAttachmentSweep(
  dataSource: DataSource,
  store: AttachmentStore,
  settings: Config['attachmentSweep'],
  logger: Logger,
): ScheduledSweep {
  if (settings.intervalMs === 0) {
    logger.info('attachment sweep is off (ATTACHMENT_SWEEP_INTERVAL_MINUTES=0)');
    return { stop: () => Promise.resolve() };
  }
  let current: Promise<void> | null = null;
  const run = () => {
    // A slow store must not pile sweeps on top of each other.
    current ??= sweepOrphanedAttachments(dataSource, store, settings)
      .then(
        (counts) => logger.info({ ...counts }, 'attachment sweep finished'),
        (err: unknown) => logger.warn({ err }, 'attachment sweep failed'),
      )
      .finally(() => {
        current = null;
      });
  };
  run();
  const timer = setInterval(run, settings.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await current;
    },
  };
}
