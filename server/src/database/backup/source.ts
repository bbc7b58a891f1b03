import fs from 'node:fs';
import { Client } from 'pg';
import type { Config } from '../../config';
import { embeddedDatabaseDir, startEmbeddedDatabase } from '../embedded';
import { runningServer } from '../socket-record';
import { BackupError, reason } from './errors';

/** One connection to the database being backed up. */
export interface BackupSource {
  client: Client;
  kind: 'embedded' | 'postgresql';
  close(): Promise<void>;
}

async function connected(client: Client, what: string): Promise<Client> {
  // A connection that breaks later (the server stopped) must fail the query, not the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`${what} cannot be reached: ${reason(error)}`);
  }
  return client;
}

/**
 * A connection to the configured database. For the embedded one that is the socket of the
 * server running on DATA_DIR, when one runs (only that process may open the directory), and
 * otherwise the directory itself, opened and locked for the length of the backup.
 */
export async function openSource(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  log: (line: string) => void,
): Promise<BackupSource> {
  if (config.databaseUrl) {
    const client = await connected(
      new Client({ connectionString: config.databaseUrl }),
      'The database at DATABASE_URL',
    );
    return { client, kind: 'postgresql', close: () => client.end() };
  }
  const { dataDir } = config;
  if (!fs.existsSync(embeddedDatabaseDir(dataDir))) {
    throw new BackupError(`DATA_DIR ${dataDir} holds no embedded database`);
  }
  const server = runningServer(dataDir);
  if (server.running) {
    if (!server.socket) {
      throw new BackupError(
        `DATA_DIR ${dataDir} is in use by a Spilno server (pid ${server.pid}) that has not recorded its database socket; restart it with this version and back up again`,
      );
    }
    const { host, port } = server.socket;
    const client = await connected(
      new Client({ host, port, user: 'postgres', database: 'postgres' }),
      `The embedded database of the server running on DATA_DIR ${dataDir} (pid ${server.pid})`,
    );
    log(`Reading the embedded database through the running server (pid ${server.pid}).`);
    return { client, kind: 'embedded', close: () => client.end() };
  }
  const embedded = await startEmbeddedDatabase(dataDir, 1);
  try {
    const client = await connected(
      new Client({
        host: embedded.socketDir,
        port: embedded.port,
        user: 'postgres',
        database: 'postgres',
      }),
      `The embedded database in DATA_DIR ${dataDir}`,
    );
    log(`Reading the embedded database in DATA_DIR ${dataDir} (no server runs on it).`);
    return {
      client,
      kind: 'embedded',
      async close() {
        await client.end();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
