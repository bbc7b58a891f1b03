import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../../config';
import { FileSystemAttachmentStore } from './filesystem-store';
import { S3AttachmentStore } from './s3-store';

/** One stored file as a listing sees it. */
export interface StoredObject {
  key: string;
  lastModified: Date;
}

/**
 * Where the bytes of attachments live; the `attachment` rows hold what is known about them
 * and a `storageKey`. The service writes the bytes before the row commits and deletes them
 * after the row is gone, so a failure leaves at worst bytes nobody points at, never a row
 * without its file. Bytes left behind that way, or by rows that went with a deleted event
 * or programme, are found through `list` and removed by the orphan sweep.
 *
 * Two stores implement it: files under `DATA_DIR` for one machine, and an S3-compatible
 * bucket for several instances behind a load balancer; createAttachmentStore picks one.
 */
export interface AttachmentStore {
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Deleting a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
  /** Every key stored, with when it was last written, in no particular order. */
  list(): AsyncIterable<StoredObject>;
  /** Lets go of connections, if the store holds any. */
  close?(): void;
}

/** The configured store: the S3 bucket when one is set, else files under `<DATA_DIR>/attachments`. */
export function createAttachmentStore(
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 's3'>>,
): AttachmentStore {
  if (config.s3) return new S3AttachmentStore(config.s3);
  return new FileSystemAttachmentStore(path.join(config.dataDir, 'attachments'));
}
