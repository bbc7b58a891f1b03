import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { spawnServer, stopServer, type ServerProcess } from './server-process';

/** The lines the process wrote that are not pino's JSON log records. */
export function plainLines(server: ServerProcess): string[] {
  return server
    .output()
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('{'));
}

/**
 * Data directories for server processes of one test file, each case's removed (and unmounted,
 * and its processes killed) after it.
 */
export function useDataDirs() {
  const started: ServerProcess[] = [];
  const dirs: string[] = [];
  const mounts: string[] = [];

  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => stopServer(server, 'SIGKILL')));
    for (const dir of mounts.splice(0)) execFileSync('umount', [dir]);
    for (const dir of dirs.splice(0)) {
      if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir]);
      fs.chmodSync(dir, 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  function tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-data-dir-test-'));
    dirs.push(dir);
    return dir;
  }

  return {
    tempDir,

    start(dataDir: string): ServerProcess {
      const server = spawnServer({ DATA_DIR: dataDir });
      started.push(server);
      return server;
    },

    /**
     * Root writes through any permission bits, but not into an immutable directory; others
     * are stopped by the bits. Returns the error code the server then meets.
     */
    makeReadOnly(dir: string): string {
      if (process.getuid?.() !== 0) {
        fs.chmodSync(dir, 0o555);
        return 'EACCES';
      }
      execFileSync('chattr', ['+i', dir]);
      return 'EPERM';
    },

    /**
     * A directory on a file system of its own of `size` (as tmpfs takes it, e.g. "64k"),
     * filled up after `before` but for `spareKiB`; null where this process may not mount one
     * (it takes root).
     */
    async fullDisk(
      size: string,
      spareKiB = 0,
      before?: (dir: string) => Promise<void>,
    ): Promise<string | null> {
      const dir = tempDir();
      if (process.getuid?.() !== 0) return null;
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], {
          stdio: 'pipe',
        });
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
    },
  };
}
