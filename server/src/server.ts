import 'reflect-metadata';
import type { Server } from 'node:http';
import { createApp } from './app';
import type { Config } from './config';
import { drainable } from './common/drain';
import type { Logger } from './common/logger';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, SESSION_SWEEP_MS } from './common/limits';
import { openDatabase, type Database } from './database/data-source';
import { isEmpty, loadDemoData } from './database/demo-seed';
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
  });
  const { dataSource } = database;
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
  if (config.demo && (await isEmpty(dataSource))) {
    await loadDemoData(dataSource);
    logger.info('demo data loaded');
  }
  const services = createServices(dataSource, logger, config);
  const app = await createApp({
    config,
    dataSource,
    schema: await createSchema(),
    services,
    logger,
  });
  const sweep = setInterval(() => {
    services.sessions
      .purgeExpired()
      .catch((err: unknown) => logger.warn({ err }, 'session sweep failed'));
  }, SESSION_SWEEP_MS);
  sweep.unref();
  const attachmentSweep = scheduleAttachmentSweep(
    dataSource,
    services.attachments.store,
    config.attachmentSweep,
    logger,
  );

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.express.listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const connections = drainable(server, logger);
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
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
      // Export workers end only now: requests in flight waited for their renders above.
      await closeServices(services);
      await database.close();
    },
  };
}
