import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AttachmentStore, StoredObject } from './attachment-store';
import { checkedKey, isStorageKey } from './storage-key';

/** Files under one folder, one per key: `<root>/<key>`. Serves one machine. */
export class FileSystemAttachmentStore implements AttachmentStore {
  constructor(readonly root: string) {}

  async put(key: string, data: Buffer): Promise<void> {
    const target = path.join(this.root, checkedKey(key));
    await fs.promises.mkdir(this.root, { recursive: true });
    // Written aside and renamed into place, so a crash never leaves half a file under the key.
    const partial = `${target}.${crypto.randomBytes(6).toString('hex')}.part`;
    try {
      await fs.promises.writeFile(partial, data, { flag: 'wx', mode: 0o600 });
      await fs.promises.rename(partial, target);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const handle = await fs.promises.open(path.join(this.root, checkedKey(key)), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(path.join(this.root, checkedKey(key)), { force: true });
  }

  /** Files still being written (`.part`) are not keys yet and are left out. */
  async *list(): AsyncIterable<StoredObject> {
    let names: string[];
    try {
      names = await fs.promises.readdir(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const name of names) {
      if (!isStorageKey(name)) continue;
      try {
        const stat = await fs.promises.stat(path.join(this.root, name));
        if (stat.isFile()) yield { key: name, lastModified: stat.mtime };
      } catch (error) {
        // Deleted since the folder was read: nothing to report.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}
