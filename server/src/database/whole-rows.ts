import type { PGlite } from '@electric-sql/pglite';

/**
 * Frontend messages of the extended query protocol (Parse, Bind, Describe, Execute, Close,
 * Flush): a client sends them as a row and ends the row with Sync.
 */
const EXTENDED = new Set([...'PBDECH'].map((letter) => letter.charCodeAt(0)));

/**
 * The engine as pglite-socket should see it when more than one connection may be open.
 *
 * pglite-socket runs one message at a time, from whichever connection sent one, and keeps to a
 * single connection only while that connection has a transaction block open. Between a Parse
 * and its Sync there is none, so another connection's query can run in the middle and drop the
 * unnamed statement the first one is about to bind ("unnamed prepared statement does not exist").
 * The server's own pool has one connection, but a backup connects beside it while the server
 * runs. Here a connection's unfinished extended-protocol row counts as an open transaction, so
 * the socket server finishes it before it turns to another connection.
 */
export function wholeMessageRows(db: PGlite): PGlite {
  let rowOpen = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'isInTransaction') return () => rowOpen || target.isInTransaction();
      if (property === 'execProtocolRawStream') {
        return (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) => {
          // A startup message begins with its length (a zero byte); Sync, Query and Terminate end a row.
          rowOpen = EXTENDED.has(message[0] ?? 0);
          return target.execProtocolRawStream(message, options);
        };
      }
      if (property === 'exec') {
        // The socket server's own ROLLBACK for a connection that went away mid-row or mid-block.
        return (...args: Parameters<PGlite['exec']>) => {
          rowOpen = false;
          return target.exec(...args);
        };
      }
      // PGlite keeps its state in private fields, which only the instance itself may read.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
