import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { causeOf } from '../data-dir';
import { BackupError } from './errors';
import {
  ATTACHMENTS_DIR,
  MANIFEST_FILE,
  parseManifest,
  TABLES_DIR,
  type Manifest,
} from './manifest';

/**
 * A backup is one gzipped tar: `manifest.json` first, then `tables/<table>.tsv` and
 * `attachments/<key>`. It is put together in a folder first (a tar entry's size precedes its
 * bytes) and lands under its name only when whole, readable by its owner alone: it holds
 * password hashes and sessions.
 */
export async function writeArchive(staging: string, manifest: Manifest, file: string) {
  fs.writeFileSync(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const partial = `${file}.${process.pid}.part`;
  try {
    fs.writeFileSync(partial, '', { flag: 'wx', mode: 0o600 });
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, [
      MANIFEST_FILE,
      TABLES_DIR,
      ATTACHMENTS_DIR,
    ]);
    const fd = fs.openSync(partial, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`The backup cannot be written to ${file}: ${causeOf(error)}`);
  }
}

/** Why tar or gzip gave up on a file, in words. */
function unreadable(error: unknown): string {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code.startsWith('Z_')) return 'its gzip data is damaged or cut short';
  if (code.startsWith('TAR_')) return 'it is not a .tar.gz archive, or one that is damaged';
  return `it cannot be read as a .tar.gz archive (${causeOf(error)})`;
}

/** Unpacks `file` into `staging` and returns its manifest, or says why it is no backup. */
export async function readArchive(file: string, staging: string): Promise<Manifest> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new BackupError(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `The backup ${file} does not exist`
        : `The backup ${file} cannot be read: ${causeOf(error)}`,
    );
  }
  if (!stat.isFile()) throw new BackupError(`The backup ${file} is not a file`);
  try {
    await tar.x({
      file,
      cwd: staging,
      strict: true,
      // Only files and folders: a link in an archive could point a restore outside its folder.
      filter: (_path, entry) =>
        'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
    });
  } catch (error) {
    throw new BackupError(`${file} is not a Spilno backup: ${unreadable(error)}`);
  }
  let text: string;
  try {
    text = fs.readFileSync(path.join(staging, MANIFEST_FILE), 'utf8');
  } catch {
    throw new BackupError(`${file} is not a Spilno backup: it has no manifest.json`);
  }
  return parseManifest(text, file);
}
