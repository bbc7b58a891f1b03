import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../src/config';

export interface LocalS3 {
  /** Settings that point the attachment store at this server's bucket. */
  settings: S3Settings;
  close(): Promise<void>;
}

/**
 * A real S3-protocol server on 127.0.0.1 (s3rver: the S3 HTTP API over a temp folder), with
 * one empty bucket. It knows one access key, S3RVER, and refuses others; it does not check
 * the signatures themselves.
 */
export async function startLocalS3(prefix = 'attachments/'): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-s3-'));
  const bucket = 'spilno-test';
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  return {
    settings: {
      bucket,
      endpoint: `http://127.0.0.1:${address.port}`,
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      prefix,
      forcePathStyle: true,
    },
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
