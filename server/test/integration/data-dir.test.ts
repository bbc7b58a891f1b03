import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainLines, useDataDirs } from '../data-dirs';
import { seedDataDir } from '../db';
import { stopServer } from '../server-process';

const { tempDir, start, makeReadOnly } = useDataDirs();

function socketDirsOf(pid: number): string[] {
  return fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`spilno-pg-${pid}-`));
}

// Each case starts server processes on the embedded database; once is enough.
describe.skipIf(process.env.TEST_DB !== 'pglite')('the embedded data directory', () => {
  it('is used by one server at a time, and a killed one does not hold it', async () => {
    const dataDir = tempDir();
    await seedDataDir(dataDir);
    const first = start(dataDir);
    await first.listening;
    // Where a backup finds the database of the server that holds the directory.
    const record = JSON.parse(fs.readFileSync(path.join(dataDir, 'spilno.socket'), 'utf8'));
    expect(record).toMatchObject({ pid: first.child.pid, port: 5432 });
    expect(fs.existsSync(path.join(record.host, '.s.PGSQL.5432'))).toBe(true);

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
    expect(fs.existsSync(path.join(dataDir, 'spilno.socket'))).toBe(false);
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
});
