import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryFailedError } from 'typeorm';
import { causeOf, diskFullAsStorageError, LOCK_FILE, lockDataDir, StorageError } from './data-dir';

const dirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-lock-test-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('causeOf', () => {
  it('names Node’s and PGlite’s file system errors in words, with their code', () => {
    const node = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    expect(causeOf(node)).toBe('the file system is read-only (EROFS)');
    // PGlite throws Emscripten's ErrnoError: no message worth the name, only its errno.
    expect(causeOf({ name: 'ErrnoError', errno: 51 })).toBe('no space left on the device (ENOSPC)');
    expect(causeOf({ name: 'ErrnoError', errno: 2 })).toBe('permission denied (EACCES)');
    expect(causeOf({ name: 'ErrnoError', errno: 7 })).toBe('errno 7');
    expect(causeOf(new Error('PGlite failed to initialize properly\n    at x'))).toBe(
      'PGlite failed to initialize properly',
    );
  });
});

describe('diskFullAsStorageError', () => {
  it('turns a statement refused for want of disk space into one line about the database', () => {
    const full = new QueryFailedError(
      'INSERT',
      [],
      Object.assign(new Error('x'), { code: '53100' }),
    );
    const error = diskFullAsStorageError(full, 'The database server');
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toBe(
      'The database server cannot be written: no space left on the device (ENOSPC)',
    );
    const other = new QueryFailedError(
      'INSERT',
      [],
      Object.assign(new Error('x'), { code: '23505' }),
    );
    expect(diskFullAsStorageError(other, 'The database server')).toBe(other);
  });
});

describe('lockDataDir', () => {
  it('takes a free directory, writes its pid and gives it back on release', () => {
    const dir = path.join(tempDir(), 'data');
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a directory locked by a running process, naming it and the pid', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(StorageError);
    expect(() => lockDataDir(dir)).toThrow(
      `DATA_DIR ${dir} is in use by another Spilno server (pid ${process.ppid})`,
    );
    // The running holder's lock stays.
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('takes over a lock whose process no longer runs, or that holds no pid', () => {
    for (const stale of ['2147483646\n', '']) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, LOCK_FILE), stale);
      const lock = lockDataDir(dir);
      expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
      lock.release();
    }
  });
});
