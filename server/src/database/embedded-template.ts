import fs from 'node:fs';
import path from 'node:path';

/**
 * A new embedded database starts from a tarball the build made: migrated and holding the demo
 * data. Creating a cluster in WebAssembly (initdb), migrating it and loading the demo data take
 * several seconds on a small machine; unpacking the result takes about one. The tarball holds no
 * secret: the demo accounts' password is published, and keys such as the device-cookie secret
 * are drawn by each process. The file sits beside the built code (`dist/`), so running from
 * source never picks up a build's tarball: a database is made anew there.
 */
const TEMPLATE_FILE = path.resolve(__dirname, '..', 'embedded-template.tar.gz');
/** The migrations the tarball holds, so an older build's tarball is never mistaken for current. */
const manifestFile = (file: string) => file.replace(/\.tar\.gz$/, '.json');

interface Manifest {
  migrations: string[];
}

/** Whether `pgDir` holds no database yet (PostgreSQL writes PG_VERSION first of all). */
export function isNewDatabaseDir(pgDir: string): boolean {
  return !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
}

/**
 * The tarball to start a new database from, when the build wrote one whose migrations are
 * exactly `migrations` in order; otherwise undefined, and the database is made anew. A partial
 * match is not used: the demo data is loaded only into an empty database, so a template that
 * lacks later migrations would be upgraded with data those migrations may not expect.
 */
export function embeddedTemplate(migrations: string[], file = TEMPLATE_FILE): Blob | undefined {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile(file), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
  if (manifest.migrations.join('\n') !== migrations.join('\n')) return undefined;
  try {
    // PGlite unpacks gzip only when the blob's type says so.
    return new Blob([fs.readFileSync(file)], { type: 'application/gzip' });
  } catch {
    return undefined;
  }
}

/** Writes the tarball and its manifest where `embeddedTemplate` looks (the build runs it). */
export async function writeEmbeddedTemplate(
  tarball: Blob,
  migrations: string[],
  file = TEMPLATE_FILE,
): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  const manifest: Manifest = { migrations };
  fs.writeFileSync(manifestFile(file), `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
