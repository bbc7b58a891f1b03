import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from './socket-dirs';

/**
 * A problem with the embedded database's files that the operator has to fix: the message is
 * one line naming the directory and the cause, printed as it is (no stack) by main.ts.
 */
export class StorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageError';
  }
}

/** The file in DATA_DIR that holds the pid of the one process using it. */
export const LOCK_FILE = 'spilno.lock';

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'a file of that name is in the way',
  ENAMETOOLONG: 'the path is too long',
  EISDIR: 'a directory is where a file should be',
  ENOENT: 'a file or directory is missing',
};

/**
 * PGlite's file system is Emscripten's, which throws `ErrnoError` objects (not Errors) carrying
 * only its own errno numbers: "errno 51" is a full disk.
 */
const EMSCRIPTEN_ERRNO: Record<number, string> = {
  2: 'EACCES',
  19: 'EDQUOT',
  20: 'EEXIST',
  31: 'EISDIR',
  44: 'ENOENT',
  51: 'ENOSPC',
  54: 'ENOTDIR',
  63: 'EPERM',
  69: 'EROFS',
};

/** A system error's cause in words, e.g. "the file system is read-only (EROFS)". */
export function causeOf(error: unknown): string {
  const details = (error ?? {}) as { code?: unknown; errno?: unknown; message?: unknown };
  const code =
    typeof details.code === 'string'
      ? details.code
      : typeof details.errno === 'number'
        ? (EMSCRIPTEN_ERRNO[details.errno] ?? `errno ${details.errno}`)
        : undefined;
  if (code && CAUSES[code]) return `${CAUSES[code]} (${code})`;
  if (code) return code;
  if (typeof details.message === 'string' && details.message) {
    return details.message.split('\n')[0] ?? details.message;
  }
  return String(error);
}

/** PostgreSQL's SQLSTATE for a write its disk had no room for. */
const DISK_FULL = '53100';

/**
 * A statement refused for want of disk space (a migration, the demo data) as the one-line
 * StorageError about `database`, which names it; any other error as it is.
 */
export function diskFullAsStorageError(error: unknown, database: string): unknown {
  const details = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  if ((details.driverError?.code ?? details.code) !== DISK_FULL) return error;
  return new StorageError(`${database} cannot be written: ${causeOf({ code: 'ENOSPC' })}`);
}

function pidIn(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The pid of another running process that holds `dataDir`'s lock, or null when none does. */
export function lockHolder(dataDir: string): number | null {
  const holder = pidIn(path.join(dataDir, LOCK_FILE));
  return holder !== null && holder !== process.pid && isAlive(holder) ? holder : null;
}

export interface DataDirLock {
  release(): void;
}

/**
 * Makes `dataDir` usable and takes it for this process alone. Two servers on one embedded
 * database both seem to work while each overwrites the other's pages, losing acknowledged
 * writes and damaging indexes, so the second one refuses to start. The lock is a pid file
 * created with O_EXCL; one left by a killed process (its pid no longer runs) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new StorageError(`DATA_DIR ${dataDir} cannot be read: ${causeOf(error)}`);
    }
  }
  if (stat && !stat.isDirectory()) {
    throw new StorageError(`DATA_DIR ${dataDir} is a file, not a directory`);
  }
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new StorageError(`DATA_DIR ${dataDir} cannot be created: ${causeOf(error)}`);
  }
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = fs.openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StorageError(`DATA_DIR ${dataDir} is not writable: ${causeOf(error)}`);
      }
      const holder = pidIn(file);
      if (holder !== null && holder !== process.pid && isAlive(holder)) {
        throw new StorageError(
          `DATA_DIR ${dataDir} is in use by another Spilno server (pid ${holder}); stop it or set a different DATA_DIR`,
        );
      }
      // Left behind by a process that no longer runs (or half-written by one): take it over.
      fs.rmSync(file, { force: true });
      continue;
    }
    try {
      fs.writeSync(fd, `${process.pid}\n`);
      fs.fsyncSync(fd);
    } catch (error) {
      fs.closeSync(fd);
      fs.rmSync(file, { force: true });
      throw new StorageError(`DATA_DIR ${dataDir} is not writable: ${causeOf(error)}`);
    }
    fs.closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off('exit', release);
      // Only our own lock: a file another process has taken over since is not ours to remove.
      if (pidIn(file) === process.pid) fs.rmSync(file, { force: true });
    };
    process.on('exit', release);
    return { release };
  }
  throw new StorageError(`DATA_DIR ${dataDir} is being locked by another process; try again`);
}
