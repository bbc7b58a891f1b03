import fs from 'node:fs';
import path from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { useDataDirs } from '../data-dirs';
import { openDatabase } from '../../src/database/data-source';
import { DEMO_ACCOUNTS, loadDemoData } from '../../src/database/demo-seed';
import { embeddedDatabaseDir } from '../../src/database/embedded';
import {
  embeddedTemplate,
  isNewDatabaseDir,
  writeEmbeddedTemplate,
} from '../../src/database/embedded-template';
import { migrations } from '../../src/database/migrations';

const { tempDir } = useDataDirs();
const names = migrations.map((migration) => migration.name);

/** What the build writes: the migrated database with the demo data, as a gzip tarball. */
async function buildTemplate(file: string): Promise<void> {
  const from = new Blob([fs.readFileSync(inject('pgliteTemplatePath'))]);
  const db = await openDatabase({ databaseUrl: undefined, dataDir: undefined, poolSize: 1, from });
  try {
    await loadDemoData(db.dataSource);
    await writeEmbeddedTemplate(await db.snapshot!('gzip'), names, file);
  } finally {
    await db.close();
  }
}

describe.skipIf(process.env.TEST_DB !== 'pglite')('the embedded database template', () => {
  it('starts a new data directory with every migration and the demo data', async () => {
    const file = path.join(tempDir(), 'embedded-template.tar.gz');
    await buildTemplate(file);
    const dataDir = tempDir();
    expect(isNewDatabaseDir(embeddedDatabaseDir(dataDir))).toBe(true);

    const from = embeddedTemplate(names, file);
    expect(from).toBeDefined();
    const first = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 1, from });
    try {
      expect(await first.dataSource.showMigrations()).toBe(false);
      // A quarter of initdb's 128 MB: the rest of an idle server's memory (see embedded.ts).
      expect(await first.dataSource.query('SHOW shared_buffers')).toEqual([
        { shared_buffers: '32MB' },
      ]);
      const emails = (await first.dataSource.query('SELECT "email" FROM "user_account"')) as {
        email: string;
      }[];
      expect(emails.map((row) => row.email).sort()).toEqual(
        DEMO_ACCOUNTS.map((account) => account.email).sort(),
      );
      await first.dataSource.query(`UPDATE "user_account" SET "name" = 'Kept' WHERE "email" = $1`, [
        DEMO_ACCOUNTS[0]!.email,
      ]);
    } finally {
      await first.close();
    }

    // The directory now holds a database of its own, which a later start opens as it is.
    expect(isNewDatabaseDir(embeddedDatabaseDir(dataDir))).toBe(false);
    const later = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 1 });
    try {
      const [row] = (await later.dataSource.query(
        'SELECT "name" FROM "user_account" WHERE "email" = $1',
        [DEMO_ACCOUNTS[0]!.email],
      )) as { name: string }[];
      expect(row?.name).toBe('Kept');
    } finally {
      await later.close();
    }
  }, 60_000);

  it('is not used when its migrations are not exactly those of the code', async () => {
    const file = path.join(tempDir(), 'embedded-template.tar.gz');
    await buildTemplate(file);
    expect(embeddedTemplate(names.slice(0, -1), file)).toBeUndefined();
    expect(embeddedTemplate([...names, 'Later1999999999999'], file)).toBeUndefined();
    expect(embeddedTemplate(names, path.join(tempDir(), 'missing.tar.gz'))).toBeUndefined();
  }, 60_000);
});
