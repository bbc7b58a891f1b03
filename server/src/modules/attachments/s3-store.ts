import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3Settings } from '../../config';
import type { AttachmentStore, StoredObject } from './attachment-store';
import { checkedKey, isStorageKey } from './storage-key';

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2 …), one per key:
 * `<bucket>/<prefix><key>`. Every instance behind a load balancer sees the same files.
 */
export class S3AttachmentStore implements AttachmentStore {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      // Without keys here the SDK's own chain applies (AWS_* variables, instance roles).
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // Only the checksums S3 itself requires: the newer default ones are not understood by
      // every S3-compatible server, and the service keeps its own SHA-256 of each file.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private objectKey(key: string): string {
    return `${this.settings.prefix}${checkedKey(key)}`;
  }

  async put(key: string, data: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.objectKey(key),
        Body: data,
        ContentLength: data.length,
        // What the bytes are is kept on the attachment row; the store only holds them.
        ContentType: 'application/octet-stream',
      }),
    );
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const { Body } = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
      );
      if (Body instanceof Readable) return Body;
      throw new Error('S3 answered an object body that is not a Node.js stream');
    } catch (error) {
      // Only a missing key is "nothing stored"; a missing bucket or a refused signature
      // is a configuration problem and must surface as one.
      if ((error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a key that holds nothing, so no special case is needed.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
    );
  }

  /** Objects under the prefix whose names are keys; anything else there is not ours. */
  async *list(): AsyncIterable<StoredObject> {
    const { prefix, bucket } = this.settings;
    for await (const page of paginateListObjectsV2(
      { client: this.client },
      { Bucket: bucket, Prefix: prefix },
    )) {
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(prefix.length) ?? '';
        if (isStorageKey(key) && object.LastModified) {
          yield { key, lastModified: object.LastModified };
        }
      }
    }
  }

  /** Closes the connections kept open to the bucket. */
  close(): void {
    this.client.destroy();
  }
}
