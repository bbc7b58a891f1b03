import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainLines, useDataDirs } from '../data-dirs';
import { openDatabase } from '../../src/database/data-source';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from '../../src/database/demo-seed';
import { seedDataDir } from '../db';
import { graphql } from '../load';
import { SIGN_IN } from '../user-documents';

const { start, fullDisk } = useDataDirs();

/** The state a server leaves its DATA_DIR in: migrated, with the demo data. */
async function withDemoData(dataDir: string): Promise<void> {
  await seedDataDir(dataDir);
  const db = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 1 });
  try {
    await loadDemoData(db.dataSource);
  } finally {
    await db.close();
  }
}

// Each case starts a server process on the embedded database; once is enough.
describe.skipIf(process.env.TEST_DB !== 'pglite')(
  'an embedded data directory on a full disk',
  () => {
    it('refuses one too full for the lock in one line naming it and the cause', async (context) => {
      const dataDir = await fullDisk('64k');
      if (!dataDir) return context.skip('mounting a small file system takes root');
      const server = start(dataDir);
      expect(await server.exited).toBe(1);
      expect(plainLines(server)).toEqual([
        `Storage error: DATA_DIR ${dataDir} is not writable: no space left on the device (ENOSPC)`,
      ]);
    });

    /** A start on a disk of `size`, seeded first or not, ends in one line naming the cause. */
    async function refusesInOneLine(
      context: { skip: (note: string) => void },
      size: string,
      cause: 'opened' | 'written',
      before?: (dir: string) => Promise<void>,
    ) {
      const dataDir = await fullDisk(size, 8, before);
      if (!dataDir) return context.skip('mounting a small file system takes root');
      const server = start(dataDir);
      expect(await server.exited).toBe(1);
      expect(plainLines(server)).toEqual([
        `Storage error: The embedded database in ${path.join(dataDir, 'pg')} cannot be ${cause}: no space left on the device (ENOSPC)`,
      ]);
      expect(fs.existsSync(path.join(dataDir, 'spilno.lock'))).toBe(false);
    }

    it('refuses one too full for a new database in one line naming it and the cause', (context) =>
      refusesInOneLine(context, '64k', 'opened'));

    it(
      'refuses one too full for its demo data in one line naming it and the cause',
      (context) => refusesInOneLine(context, '80m', 'written', seedDataDir),
      60_000,
    );

    it('starts on a database it made before, and answers writes that need room UNAVAILABLE', async (context) => {
      const dataDir = await fullDisk('120m', 8, withDemoData);
      if (!dataDir) return context.skip('mounting a small file system takes root');
      const server = start(dataDir);
      const url = await server.listening;
      const answer = await graphql(url, SIGN_IN, {
        email: DEMO_ACCOUNTS[0]!.email,
        password: DEMO_PASSWORD,
      });
      expect(answer.status).toBe(503);
      expect(answer.errors.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable' });
      expect(server.child.exitCode).toBeNull();
    }, 60_000);
  },
);
