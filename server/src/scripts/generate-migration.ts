import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../database/data-source';
import { schemaDiff } from '../database/schema-diff';

/**
 * Writes a migration with whatever the entities need beyond the existing migrations, computed
 * against a fresh in-memory database. Usage: generate-migration <PascalCaseName>
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: generate-migration <PascalCaseName>');
  }
  const db = await openDatabase({ databaseUrl: undefined, dataDir: undefined, poolSize: 2 });
  try {
    await db.dataSource.runMigrations();
    const diff = await schemaDiff(db.dataSource);
    if (diff.up.length === 0) {
      console.info('Entities and migrations agree: nothing to generate.');
      return;
    }
    const stamp = Date.now();
    const lines = (queries: string[]) =>
      queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(diff.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(diff.down)}
  }
}
`;
    const file = path.join(__dirname, '..', 'database', 'migrations', `${stamp}-${name}.ts`);
    fs.writeFileSync(file, source);
    console.info(`Wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
