import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `spilno-pg-<pid>-<random>`: the pid says whose folder it is once that process is gone. */
const PREFIX = 'spilno-pg-';
const OWNED = /^spilno-pg-(\d+)-[^/]+$/;

/** True when a process with this pid is running (possibly as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the socket folders of embedded databases whose process has died (a `kill -9`
 * leaves its folder behind, since no exit handler runs). Folders of running processes and
 * any not named by this scheme are left alone.
 */
export function removeStaleSocketDirs(tmpDir = os.tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(tmpDir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = Number(OWNED.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    try {
      fs.rmSync(path.join(tmpDir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Another user's folder, or removed meanwhile: not ours to worry about.
    }
  }
  return removed;
}

/**
 * A fresh socket folder for this process, removed again when it exits however it exits
 * short of being killed outright (that case is handled by the next start's clean-up).
 */
export function createSocketDir(): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', remove);
  return { dir, remove };
}
