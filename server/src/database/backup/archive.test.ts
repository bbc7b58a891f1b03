import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../migrations';
import { readArchive, writeArchive } from './archive';
import { BackupError } from './errors';
import { FORMAT_VERSION, TABLES_DIR, type Manifest } from './manifest';
import { migrationsFor } from './restore';

const dirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-archive-test-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const names = migrations.map((migration) => new migration().name!);

function manifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    format: FORMAT_VERSION,
    application: 'spilno',
    createdAt: '2026-05-01T10:00:00.000Z',
    source: 'embedded',
    migrations: names,
    tables: [{ name: 'programme', columns: ['id'], rows: 1, file: 'tables/programme.tsv' }],
    sequences: [],
    attachments: { store: 'filesystem', included: true, files: 0, bytes: 0, missing: [] },
    ...overrides,
  };
}

/** Writes an archive of `content` and reads it back into a fresh folder. */
async function roundTrip(content: Manifest) {
  const staging = tempDir();
  fs.mkdirSync(path.join(staging, TABLES_DIR));
  fs.mkdirSync(path.join(staging, 'attachments'));
  fs.writeFileSync(path.join(staging, TABLES_DIR, 'programme.tsv'), 'a\n');
  const file = path.join(tempDir(), 'backup.tar.gz');
  await writeArchive(staging, content, file);
  return { file, read: () => readArchive(file, tempDir()) };
}

describe('the backup archive', () => {
  it('reads back what it wrote, and only its owner may read the file', async () => {
    const { file, read } = await roundTrip(manifest());
    expect(await read()).toEqual(manifest());
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a format newer than this version reads, saying so', async () => {
    const { read } = await roundTrip(manifest({ format: FORMAT_VERSION + 1 }));
    await expect(read()).rejects.toBeInstanceOf(BackupError);
    await expect(read()).rejects.toThrow(
      `is in backup format ${FORMAT_VERSION + 1}, newer than this version of Spilno reads (${FORMAT_VERSION}): restore it with a newer Spilno`,
    );
  });

  it('refuses a manifest that is not Spilno’s or lacks a field', async () => {
    const foreign = await roundTrip({ ...manifest(), application: 'other' as 'spilno' });
    await expect(foreign.read()).rejects.toThrow("its manifest.json is not Spilno's");
    const damaged = await roundTrip({ ...manifest(), tables: [{ name: 'x' }] as never });
    await expect(damaged.read()).rejects.toThrow('is damaged: its manifest.json lacks');
  });
});

describe('migrationsFor', () => {
  it('runs the migrations up to the backup’s last one', () => {
    expect(migrationsFor(manifest({ migrations: names.slice(0, 3) }), 'b.tar.gz')).toEqual(
      migrations.slice(0, 3),
    );
  });

  it('refuses a backup made by a newer version, naming the migration it does not know', () => {
    expect(() =>
      migrationsFor(manifest({ migrations: [...names, 'Future1999999999999'] }), 'b.tar.gz'),
    ).toThrow(
      'b.tar.gz was made by a newer version of Spilno (its database has migration Future1999999999999, unknown here)',
    );
  });
});
