import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Port number used only to name the Unix socket file; nothing listens on TCP. */
const SOCKET_PORT = 5432;

export interface EmbeddedDatabase {
  /** Directory that `pg` treats as the host of a Unix socket. */
  socketDir: string;
  port: number;
  /** The whole data directory as a tarball, to start another database from (tests). */
  snapshot(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite and exposes it over the PostgreSQL wire protocol on a private Unix socket,
 * so the ordinary `pg` driver (and everything above it) behaves exactly as against a server.
 * `dataDir` undefined keeps the database in memory (tests).
 */
export async function startEmbeddedDatabase(
  dataDir: string | undefined,
  maxConnections: number,
  from?: Blob,
): Promise<EmbeddedDatabase> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  // Extensions the migrations create must be compiled in; a PostgreSQL server has them in contrib.
  const db = await PGlite.create(dataDir ? path.join(dataDir, 'pg') : undefined, {
    extensions: { pg_trgm },
    loadDataDir: from,
  });
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-pg-'));
  const server = new PGLiteSocketServer({
    db,
    path: path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
    // Every pool connection needs a slot, or the pool sees "Connection terminated unexpectedly".
    maxConnections: maxConnections + 2,
  });
  await server.start();
  return {
    snapshot: () => db.dumpDataDir('none'),
    socketDir,
    port: SOCKET_PORT,
    async stop() {
      await server.stop();
      await db.close();
      fs.rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
