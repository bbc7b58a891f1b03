import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { causeOf, lockDataDir, StorageError } from './data-dir';
import { createSocketDir, removeStaleSocketDirs } from './socket-dirs';
import { recordSocket } from './socket-record';
import { wholeMessageRows } from './whole-rows';

/** Where PGlite keeps its files inside DATA_DIR (attachments are beside it). */
export function embeddedDatabaseDir(dataDir: string): string {
  return path.join(dataDir, 'pg');
}

/**
 * The engine's shared buffer cache. initdb sets 128 MB, and the engine writes over all of it at
 * start, so it is resident at once: over a third of an idle server's memory. The operating
 * system's file cache holds what does not fit, and the dashboard reads small tallies, so a
 * quarter of that is enough.
 */
const SHARED_BUFFERS = '32MB';

/** Port number used only to name the Unix socket file; nothing listens on TCP. */
const SOCKET_PORT = 5432;

export interface EmbeddedDatabase {
  /** Directory that `pg` treats as the host of a Unix socket. */
  socketDir: string;
  port: number;
  /** The whole data directory as a tarball, to start another database from. */
  snapshot(compression?: 'none' | 'gzip'): Promise<Blob>;
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
  const lock = dataDir ? lockDataDir(dataDir) : null;
  let db: PGlite;
  try {
    // Extensions the migrations create must be compiled in; a PostgreSQL server has them in contrib.
    db = await PGlite.create(dataDir ? embeddedDatabaseDir(dataDir) : undefined, {
      extensions: { pg_trgm },
      loadDataDir: from,
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
    });
  } catch (error) {
    lock?.release();
    // PGlite reports a full, read-only or damaged directory as "errno 51" or "failed to
    // initialize properly"; the operator needs the path and, where known, the cause.
    throw new StorageError(
      `The embedded database in ${dataDir ? embeddedDatabaseDir(dataDir) : 'memory'} cannot be opened: ${causeOf(error)}`,
    );
  }
  removeStaleSocketDirs();
  const socket = createSocketDir();
  const server = new PGLiteSocketServer({
    db: wholeMessageRows(db),
    path: path.join(socket.dir, `.s.PGSQL.${SOCKET_PORT}`),
    // Every pool connection needs a slot, or the pool sees "Connection terminated unexpectedly";
    // the spare ones are for a backup (see socket-record.ts) and one more client.
    maxConnections: maxConnections + 2,
  });
  await server.start();
  let record: ReturnType<typeof recordSocket> | null = null;
  try {
    record = dataDir ? recordSocket(dataDir, socket.dir, SOCKET_PORT) : null;
  } catch {
    // Only backups need the record, and they say so when it is missing; a database on a
    // full disk still serves reads (and answers writes UNAVAILABLE) rather than not starting.
  }
  return {
    snapshot: (compression = 'none') => db.dumpDataDir(compression),
    socketDir: socket.dir,
    port: SOCKET_PORT,
    async stop() {
      try {
        record?.remove();
        await server.stop();
        await db.close();
      } finally {
        socket.remove();
        lock?.release();
      }
    },
  };
}
