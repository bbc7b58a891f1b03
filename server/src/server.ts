import 'reflect-metadata';
import http from 'node:http';
import path from 'node:path';
import { createApp } from './app';
import type { Config } from './config';
import { drainable } from './common/drain';
import { IdempotentWrites } from './common/idempotency';
import type { Logger } from './common/logger';
import { CONNECTIONS_CHECK_MS, SESSION_SWEEP_MS } from './common/limits';
import { diskFullAsStorageError } from './database/data-dir';
import { openDatabase, type Database } from './database/data-source';
import { isEmpty, loadDemoData } from './database/demo-seed';
import { embeddedDatabaseDir } from './database/embedded';
import { embeddedTemplate, isNewDatabaseDir } from './database/embedded-template';
import { migrations } from './database/migrations';
import { scheduleAttachmentSweep } from './modules/attachments/public';
import { createSchema } from './schema';
import { closeServices, createServices } from './services';

export interface RunningServer {
  url: string;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database, migrates it, loads demo data into an empty one if asked, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
    databaseTimeouts: config.databaseTimeouts,
    readUrls: config.readUrls,
    from:
      !config.databaseUrl && isNewDatabaseDir(embeddedDatabaseDir(config.dataDir))
        ? embeddedTemplate(migrations.map((migration) => migration.name))
        : undefined,
  });
  const { dataSource } = database;
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
    if (config.demo && (await isEmpty(dataSource))) {
      await loadDemoData(dataSource);
      logger.info('demo data loaded');
    }
  } catch (error) {
    await database.close().catch(() => undefined);
    const name = database.embedded
      ? `The embedded database in ${path.join(config.dataDir, 'pg')}`
      : 'The database server';
    throw diskFullAsStorageError(error, name);
  }
  const services = createServices(dataSource, logger, config);
  const app = await createApp({
    config,
    dataSource,
    schema: await createSchema(),
    services,
    logger,
  });
  const idempotencyKeys = new IdempotentWrites(dataSource);
  const sweep = setInterval(() => {
    services.sessions
      .purgeExpired()
      .catch((err: unknown) => logger.warn({ err }, 'session sweep failed'));
    // Keys past their 30 days go on the same schedule: nothing but a repeat reads them.
    idempotencyKeys
      .purgeExpired()
      .catch((err: unknown) => logger.warn({ err }, 'idempotency key sweep failed'));
  }, SESSION_SWEEP_MS);
  sweep.unref();
  await services.notifications.start();
  const attachmentSweep = scheduleAttachmentSweep(
    dataSource,
    services.attachments.store,
    config.attachmentSweep,
    logger,
  );

  const { headersMs, requestMs, keepAliveMs } = config.httpTimeouts;
  const server = http.createServer(
    {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      connectionsCheckingInterval: Math.min(CONNECTIONS_CHECK_MS, headersMs),
    },
    app.express,
  );
  server.keepAliveTimeout = keepAliveMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const connections = drainable(server, logger);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  logger.info({ url, embedded: database.embedded }, 'Spilno is listening');

  return {
    url,
    database,
    async close() {
      clearInterval(sweep);
      await connections.drain(config.shutdownTimeoutMs);
      await app.stop();
      // A sweep still running would query a closed database.
      await attachmentSweep.stop();
      // Jobs in hand finish (or go back to the queue) before the database closes.
      await services.notifications.stop();
      // Export workers end only now: requests in flight waited for their renders above.
      await closeServices(services);
      await database.close();
    },
  };
}
