import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Database } from '../../src/database/data-source';
import { migrations } from '../../src/database/migrations';
import { schemaDiff } from '../../src/database/schema-diff';
import { openTestDatabase } from '../db';

/** The shape of the public schema: columns, indexes, constraints, triggers, enum types, functions. */
async function catalog(ds: DataSource) {
  const [columns, indexes, constraints, triggers, enums, functions] = await Promise.all([
    ds.query(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
                FROM information_schema.columns WHERE table_schema = 'public'
               ORDER BY table_name, column_name`),
    ds.query(`SELECT tablename, indexname, indexdef FROM pg_indexes
               WHERE schemaname = 'public' ORDER BY tablename, indexname`),
    ds.query(`SELECT c.conrelid::regclass::text AS "table", c.conname, pg_get_constraintdef(c.oid) AS def
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
               WHERE n.nspname = 'public' ORDER BY 1, 2`),
    ds.query(`SELECT event_object_table, trigger_name, event_manipulation, action_timing
                FROM information_schema.triggers WHERE trigger_schema = 'public' ORDER BY 1, 2, 3`),
    ds.query(`SELECT t.typname, array_to_string(array_agg(e.enumlabel ORDER BY e.enumsortorder), ',') AS labels
                FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`),
    ds.query(`SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' AND p.prokind = 'f'
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                  WHERE d.objid = p.oid AND d.deptype = 'e')
               ORDER BY 1`),
  ]);
  return { columns, indexes, constraints, triggers, enums, functions };
}

async function tables(ds: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  let db: Database;
  let ds: DataSource;
  beforeAll(async () => {
    db = await openTestDatabase();
    ds = db.dataSource;
  });
  afterAll(() => db?.close());

  it('leave nothing for TypeORM to add: entities and migrations agree', async () => {
    expect(await schemaDiff(ds)).toEqual({ up: [], down: [] });
  });

  it('have all been applied, in order, and nothing is pending', async () => {
    const applied: { name: string }[] = await ds.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(await ds.showMigrations()).toBe(false);
  });

  it('revert one by one down to an empty schema, then apply again to the same schema', async () => {
    const before = await catalog(ds);
    expect(before.triggers.length).toBeGreaterThan(0);
    for (let left = migrations.length; left > 0; left--) {
      await ds.undoLastMigration({ transaction: 'each' });
      const applied: unknown[] = await ds.query('SELECT 1 FROM migrations');
      expect(applied).toHaveLength(left - 1);
    }
    expect(await tables(ds)).toEqual(['migrations']);
    const empty = await catalog(ds);
    expect(empty.enums).toEqual([]);
    expect(empty.functions).toEqual([]);
    expect(empty.triggers).toEqual([]);

    const ran = await ds.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(await catalog(ds)).toEqual(before);
    expect(await schemaDiff(ds)).toEqual({ up: [], down: [] });
    // The audit log's guard came back with the rest.
    await expect(ds.query('TRUNCATE audit_entry')).rejects.toThrow(/cannot be changed/);
  });
});
