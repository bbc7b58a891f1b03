import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDataDir } from '../db';
import { spawnServer, stopServer, type ServerProcess } from '../server-process';

const started: ServerProcess[] = [];
const dirs: string[] = [];
const mounts: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-data-dir-test-'));
  dirs.push(dir);
  return dir;
}

function start(dataDir: string): ServerProcess {
  const server = spawnServer({ DATA_DIR: dataDir });
  started.push(server);
  return server;
}

/** The lines the process wrote that are not pino's JSON log records. */
function plainLines(server: ServerProcess): string[] {
  return server
    .output()
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('{'));
}

function socketDirsOf(pid: number): string[] {
  return fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`spilno-pg-${pid}-`));
}

/**
 * Root writes through any permission bits, but not into an immutable directory; others are
 * stopped by the bits. Returns the error code the server then meets.
 */
function makeReadOnly(dir: string): string {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o555);
    return 'EACCES';
  }
  execFileSync('chattr', ['+i', dir]);
  return 'EPERM';
}

/**
 * A directory on a file system of its own of `size` (as tmpfs takes it, e.g. "64k"), filled
 * up but for `spareKiB`; null where this process may not mount one (it takes root).
 */
async function fullDisk(
  size: string,
  spareKiB = 0,
  before?: (dir: string) => Promise<void>,
): Promise<string | null> {
  const dir = tempDir();
  if (process.getuid?.() !== 0) return null;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    return null;
  }
  mounts.push(dir);
  await before?.(dir);
  const spare = path.join(dir, 'spare');
  fs.writeFileSync(spare, Buffer.alloc(spareKiB * 1024));
  try {
    // Written in blocks until the device refuses one.
    const fd = fs.openSync(path.join(dir, 'filler'), 'w');
    const block = Buffer.alloc(4096);
    try {
      for (;;) fs.writeSync(fd, block);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  fs.rmSync(spare);
  return dir;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => stopServer(server, 'SIGKILL')));
  for (const dir of mounts.splice(0)) execFileSync('umount', [dir]);
  for (const dir of dirs.splice(0)) {
    if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir]);
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Each case starts server processes on the embedded database; once is enough.
describe.skipIf(process.env.TEST_DB !== 'pglite')('the embedded data directory', () => {
  it('is used by one server at a time, and a killed one does not hold it', async () => {
    const dataDir = tempDir();
    await seedDataDir(dataDir);
    const first = start(dataDir);
    await first.listening;

    const second = start(dataDir);
    expect(await second.exited).not.toBe(0);
    expect(plainLines(second)).toEqual([
      `Storage error: DATA_DIR ${dataDir} is in use by another Spilno server (pid ${first.child.pid}); stop it or set a different DATA_DIR`,
    ]);

    const firstPid = first.child.pid!;
    expect(socketDirsOf(firstPid)).toHaveLength(1);
    await stopServer(first, 'SIGKILL');
    // kill -9 runs no exit handler: the lock file and the socket folder stay behind.
    expect(fs.existsSync(path.join(dataDir, 'spilno.lock'))).toBe(true);
    expect(socketDirsOf(firstPid)).toHaveLength(1);

    const third = start(dataDir);
    const url = await third.listening;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(socketDirsOf(firstPid)).toEqual([]);

    const thirdPid = third.child.pid!;
    expect(await stopServer(third)).toBe(0);
    expect(socketDirsOf(thirdPid)).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'spilno.lock'))).toBe(false);
  }, 120_000);

  it('refuses a DATA_DIR that is a file in one line naming it', async () => {
    const file = path.join(tempDir(), 'not-a-directory');
    fs.writeFileSync(file, 'x');
    const server = start(file);
    expect(await server.exited).toBe(1);
    expect(plainLines(server)).toEqual([
      `Storage error: DATA_DIR ${file} is a file, not a directory`,
    ]);
  });

  it('refuses a read-only DATA_DIR in one line naming it and the cause', async () => {
    const dataDir = tempDir();
    const code = makeReadOnly(dataDir);
    const server = start(dataDir);
    expect(await server.exited).toBe(1);
    expect(plainLines(server)).toEqual([
      `Storage error: DATA_DIR ${dataDir} is not writable: permission denied (${code})`,
    ]);
  });

  it('refuses a DATA_DIR inside a file in one line naming it and the cause', async () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'x');
    const dataDir = path.join(file, 'data');
    const server = start(dataDir);
    expect(await server.exited).toBe(1);
    expect(plainLines(server)).toEqual([
      `Storage error: DATA_DIR ${dataDir} cannot be read: a part of the path is a file, not a directory (ENOTDIR)`,
    ]);
  });

  it('refuses an embedded database PGlite cannot open in one line naming it and the cause', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'pg'), 'x');
    const server = start(dataDir);
    expect(await server.exited).toBe(1);
    expect(plainLines(server)).toEqual([
      `Storage error: The embedded database in ${path.join(dataDir, 'pg')} cannot be opened: a part of the path is a file, not a directory (ENOTDIR)`,
    ]);
    // The failed start gives the directory back.
    expect(fs.existsSync(path.join(dataDir, 'spilno.lock'))).toBe(false);
  });

  describe('on a full disk', () => {
    it('refuses one too full for the lock in one line naming it and the cause', async (context) => {
      const dataDir = await fullDisk('64k');
      if (!dataDir) return context.skip('mounting a small file system takes root');
      const server = start(dataDir);
      expect(await server.exited).toBe(1);
      expect(plainLines(server)).toEqual([
        `Storage error: DATA_DIR ${dataDir} is not writable: no space left on the device (ENOSPC)`,
      ]);
    });

    it('refuses one too full for a new database in one line naming it and the cause', async (context) => {
      const dataDir = await fullDisk('64k', 8);
      if (!dataDir) return context.skip('mounting a small file system takes root');
      const server = start(dataDir);
      expect(await server.exited).toBe(1);
      expect(plainLines(server)).toEqual([
        `Storage error: The embedded database in ${path.join(dataDir, 'pg')} cannot be opened: no space left on the device (ENOSPC)`,
      ]);
      expect(fs.existsSync(path.join(dataDir, 'spilno.lock'))).toBe(false);
    });

    it('refuses one too full for its demo data in one line naming it and the cause', async (context) => {
      const dataDir = await fullDisk('80m', 8, seedDataDir);
      if (!dataDir) return context.skip('mounting a small file system takes root');
      const server = start(dataDir);
      expect(await server.exited).toBe(1);
      expect(plainLines(server)).toEqual([
        `Storage error: The embedded database in ${path.join(dataDir, 'pg')} cannot be written: no space left on the device (ENOSPC)`,
      ]);
      expect(fs.existsSync(path.join(dataDir, 'spilno.lock'))).toBe(false);
    }, 60_000);
  });
});
