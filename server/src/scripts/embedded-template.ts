import 'reflect-metadata';
import path from 'node:path';
import { openDatabase } from '../database/data-source';
import { loadDemoData } from '../database/demo-seed';
import { writeEmbeddedTemplate } from '../database/embedded-template';
import { migrations } from '../database/migrations';

/** Builds the tarball a new embedded database starts from (see embedded-template.ts). */
async function main() {
  const db = await openDatabase({ databaseUrl: undefined, dataDir: undefined, poolSize: 1 });
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    await loadDemoData(db.dataSource);
    const file = await writeEmbeddedTemplate(
      await db.snapshot!('gzip'),
      migrations.map((migration) => migration.name),
    );
    console.info(`Wrote ${path.relative(process.cwd(), file)}.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
