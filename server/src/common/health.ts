import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from './logger';
import { UNAVAILABLE_STATUS } from './unavailable';

/** `/healthz` answers within this, whatever the database does. */
export const HEALTH_TIMEOUT_MS = 1000;

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
 * 200 when the database takes a write now, else 503 — within HEALTH_TIMEOUT_MS even when the
 * database hangs (frozen, partitioned), where no server-side timeout can fire: the client's
 * own timer decides then, and the probe left behind ends whenever the database does.
 */
export function healthHandler(dataSource: DataSource, logger: Logger): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const attempt = probe(dataSource);
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
