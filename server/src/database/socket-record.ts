import fs from 'node:fs';
import path from 'node:path';
import { lockHolder } from './data-dir';

/**
 * `DATA_DIR/spilno.socket`, beside the lock: where the embedded database of the server that
 * holds the lock answers. A second process may not open the directory while that server runs,
 * so a backup reaches the data as one more client of this socket.
 */
export const SOCKET_RECORD = 'spilno.socket';

export interface SocketRecord {
  pid: number;
  /** The folder that `pg` takes as the host of a Unix socket. */
  host: string;
  port: number;
}

/** Writes the record for this process; removed again on `remove()` or at exit. */
export function recordSocket(dataDir: string, host: string, port: number): { remove(): void } {
  const file = path.join(dataDir, SOCKET_RECORD);
  const partial = `${file}.${process.pid}.part`;
  const record: SocketRecord = { pid: process.pid, host, port };
  fs.writeFileSync(partial, `${JSON.stringify(record)}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    if (readRecord(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.on('exit', remove);
  return { remove };
}

function readRecord(file: string): SocketRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SocketRecord>;
    return typeof record.pid === 'number' &&
      typeof record.host === 'string' &&
      typeof record.port === 'number'
      ? (record as SocketRecord)
      : null;
  } catch {
    return null;
  }
}

export type RunningServer =
  { running: false } | { running: true; pid: number; socket: SocketRecord | null };

/**
 * Whether another process serves `dataDir` now and, if so, its socket. A record left by a
 * server that has since stopped, or written by another pid than the lock's, is not its socket.
 */
export function runningServer(dataDir: string): RunningServer {
  const pid = lockHolder(dataDir);
  if (pid === null) return { running: false };
  const record = readRecord(path.join(dataDir, SOCKET_RECORD));
  return { running: true, pid, socket: record?.pid === pid ? record : null };
}
