import crypto from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/database/data-source';
import { withDatabase } from './global-setup';

/**
 * A fresh, migrated database for one test file: a clone of the migrated template on the
 * PostgreSQL server, or an in-memory PGlite started from a migrated snapshot, depending on
 * the project being run.
 */
export async function openTestDatabase(): Promise<Database> {
  if (process.env.TEST_DB === 'pglite') {
    const from = new Blob([fs.readFileSync(inject('pgliteTemplatePath'))]);
    return openDatabase({ databaseUrl: undefined, dataDir: undefined, poolSize: 1, from });
  }
  const templateUrl = inject('postgresTemplateUrl');
  const name = `spilno_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({
    databaseUrl: withDatabase(templateUrl, 'postgres'),
    dataDir: undefined,
    poolSize: 1,
  });
  await admin.dataSource.query(`CREATE DATABASE ${name} TEMPLATE spilno_template`);
  const db = await openDatabase({
    databaseUrl: withDatabase(templateUrl, name),
    dataDir: undefined,
    poolSize: 10,
  });
  return {
    ...db,
    async close() {
      await db.close();
      await admin.dataSource.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
