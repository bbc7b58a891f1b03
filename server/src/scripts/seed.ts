import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database/data-source';
import { isEmpty, loadDemoData } from '../database/demo-seed';

/** Loads the demo data on demand. A server database needs SPILNO_DEMO=1 as a guard. */
async function main() {
  const config = loadConfig();
  if (!config.demo) {
    throw new Error('Refusing to load demo data into DATABASE_URL without SPILNO_DEMO=1.');
  }
  const db = await openDatabase(config);
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    if (!(await isEmpty(db.dataSource))) {
      console.info('The database already has accounts; demo data not loaded.');
      return;
    }
    await loadDemoData(db.dataSource);
    console.info('Demo data loaded.');
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
