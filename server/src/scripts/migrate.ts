import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database/data-source';

/** Applies pending migrations to the configured database and exits. */
async function main() {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const ran = await db.dataSource.runMigrations({ transaction: 'each' });
    console.info(ran.length ? `Applied: ${ran.map((m) => m.name).join(', ')}` : 'Up to date.');
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
