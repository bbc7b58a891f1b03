import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
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
  const clone = await cloneTemplate();
  const db = await openDatabase({ databaseUrl: clone.url, dataDir: undefined, poolSize: 10 });
  return {
    ...db,
    async close() {
      await db.close();
      await clone.drop();
    },
  };
}

/**
 * Fills an empty DATA_DIR with the migrated embedded template, so that a server process
 * started on it skips creating and migrating the database (most of its start-up).
 */
export async function seedDataDir(dataDir: string): Promise<void> {
  const from = new Blob([fs.readFileSync(inject('pgliteTemplatePath'))]);
  const db = await PGlite.create(path.join(dataDir, 'pg'), {
    extensions: { pg_trgm },
    loadDataDir: from,
  });
  await db.close();
}

export interface ClonedDatabase {
  /** Where the migrated, empty database is: for the test's own pool or a server process. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own on the shared PostgreSQL server. */
export async function cloneTemplate(): Promise<ClonedDatabase> {
  const templateUrl = inject('postgresTemplateUrl');
  const name = `spilno_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({
    databaseUrl: withDatabase(templateUrl, 'postgres'),
    dataDir: undefined,
    poolSize: 1,
  });
  await admin.dataSource.query(`CREATE DATABASE ${name} TEMPLATE spilno_template`);
  return {
    url: withDatabase(templateUrl, name),
    async drop() {
      await admin.dataSource.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
