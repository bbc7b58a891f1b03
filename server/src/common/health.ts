import type { StatsFs } from 'node:fs';
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from './logger';
import { UNAVAILABLE_STATUS } from './unavailable';

/** `/healthz` answers within this, whatever the database does. */
export const HEALTH_TIMEOUT_MS = 1000;

/**
 * Room a local data directory must keep. PostgreSQL writes its log into 16 MiB segments made in
 * advance, so a nearly full disk still takes small writes until the segment in use fills; the
 * probe's write alone would report healthy until then, while uploads and the next segment fail.
 */
export const HEALTH_MIN_FREE_BYTES = 16 * 1024 * 1024;

class DiskFull extends Error {
  constructor(dir: string, free: number) {
    super(
      `${dir} has ${Math.floor(free / 1024)} KiB left, under ${HEALTH_MIN_FREE_BYTES / 1024} KiB`,
    );
  }
}

/** The directory itself, or its nearest ancestor while it is yet to be made (attachments are made on first upload). */
async function statfsOfNearest(dir: string): Promise<StatsFs> {
  try {
    return await statfs(dir);
  } catch (error) {
    const parent = path.dirname(dir);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === dir) throw error;
    return statfsOfNearest(parent);
  }
}

async function checkRoom(dir: string): Promise<void> {
  const stats = await statfsOfNearest(dir);
  const free = stats.bavail * stats.bsize;
  if (free < HEALTH_MIN_FREE_BYTES) throw new DiskFull(dir, free);
}

class HealthTimeout extends Error {
  constructor() {
    super(`the database did not answer within ${HEALTH_TIMEOUT_MS} ms`);
  }
}

/**
 * Writes the one row of `health_probe` in a transaction whose statements PostgreSQL ends after
 * the same bound. The write is the point: a database that still reads but cannot write (a full
 * disk, a read-only replica) cannot serve Spilno either.
 */
async function probe(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL statement_timeout = ${HEALTH_TIMEOUT_MS}`);
    await manager.query('UPDATE "health_probe" SET "checkedAt" = now() WHERE "id" = 1');
  });
}

/**
 * 200 when the database takes a write now and `localDir` (the embedded database's or the
 * attachments' directory, when Spilno keeps data on this machine) has room, else 503 — within HEALTH_TIMEOUT_MS even when the
 * database hangs (frozen, partitioned), where no server-side timeout can fire: the client's
 * own timer decides then, and the probe left behind ends whenever the database does.
 */
export function healthHandler(
  dataSource: DataSource,
  logger: Logger,
  localDir?: string,
): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const attempt = Promise.all([probe(dataSource), localDir ? checkRoom(localDir) : undefined]);
    try {
      await Promise.race([
        attempt,
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new HealthTimeout()), HEALTH_TIMEOUT_MS);
        }),
      ]);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ status: 'ok' });
    } catch (error) {
      // The abandoned probe may still fail later; that is already answered here.
      attempt.catch(() => undefined);
      logger.warn({ err: error }, 'health check failed');
      res.setHeader('Cache-Control', 'no-store');
      res.status(UNAVAILABLE_STATUS).json({ status: 'unavailable' });
    } finally {
      clearTimeout(timer);
    }
  };
}
