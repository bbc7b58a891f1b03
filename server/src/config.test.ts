import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs with no settings at all: port 4000, the embedded database with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: path.resolve('./data'),
      demo: true,
      production: true,
      logLevel: 'info',
      poolSize: 10,
      databaseTimeouts: {
        statementMs: 30_000,
        lockMs: 10_000,
        idleInTransactionMs: 60_000,
        connectMs: 5_000,
      },
      shutdownTimeoutMs: 10_000,
      httpTimeouts: { headersMs: 15_000, requestMs: 300_000, keepAliveMs: 5_000 },
      trustProxy: 0,
      s3: null,
      attachmentSweep: { intervalMs: 6 * 60 * 60 * 1000, graceMs: 60 * 60 * 1000 },
      exports: {
        workers: Math.max(1, os.availableParallelism() - 1),
        queue: 16,
        cacheBytes: 64 * 1024 * 1024,
      },
      mail: null,
    });
    expect(path.isAbsolute(config.clientDir)).toBe(true);
  });

  it('reads every setting it is given', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgresql://spilno:secret@db.internal:5432/spilno',
        DATABASE_READ_URLS: 'postgresql://spilno:secret@replica.internal:5432/spilno',
        DATA_DIR: '/var/lib/spilno',
        NODE_ENV: 'development',
        LOG_LEVEL: 'debug',
        CLIENT_DIR: '/srv/spilno/client',
        DB_POOL_SIZE: '25',
        DB_STATEMENT_TIMEOUT_MS: '15000',
        DB_LOCK_TIMEOUT_MS: '2000',
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '20000',
        DB_CONNECT_TIMEOUT_MS: '1500',
        SHUTDOWN_TIMEOUT_MS: '0',
        HTTP_HEADERS_TIMEOUT_MS: '2000',
        HTTP_REQUEST_TIMEOUT_MS: '60000',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '65000',
        TRUST_PROXY: '1',
        ATTACHMENT_SWEEP_INTERVAL_MINUTES: '30',
        ATTACHMENT_SWEEP_GRACE_MINUTES: '120',
        DEVICE_COOKIE_SECRET: 'a-device-cookie-secret-of-32-chars',
        EXPORT_WORKERS: '3',
        EXPORT_QUEUE: '0',
        EXPORT_CACHE_MB: '8',
        SMTP_URL: 'smtp://spilno:secret@mail.internal:587',
        MAIL_FROM: 'Spilno <noreply@spilno.example.org>',
        PUBLIC_URL: 'https://spilno.example.org',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://spilno:secret@db.internal:5432/spilno',
      readUrls: ['postgresql://spilno:secret@replica.internal:5432/spilno'],
      dataDir: '/var/lib/spilno',
      demo: false,
      production: false,
      logLevel: 'debug',
      clientDir: '/srv/spilno/client',
      poolSize: 25,
      databaseTimeouts: {
        statementMs: 15_000,
        lockMs: 2_000,
        idleInTransactionMs: 20_000,
        connectMs: 1_500,
      },
      shutdownTimeoutMs: 0,
      httpTimeouts: { headersMs: 2_000, requestMs: 60_000, keepAliveMs: 65_000 },
      trustProxy: 1,
      s3: null,
      attachmentSweep: { intervalMs: 30 * 60 * 1000, graceMs: 120 * 60 * 1000 },
      deviceCookieSecret: Buffer.from('a-device-cookie-secret-of-32-chars'),
      exports: { workers: 3, queue: 0, cacheBytes: 8 * 1024 * 1024 },
      mail: {
        smtpUrl: 'smtp://spilno:secret@mail.internal:587',
        from: 'Spilno <noreply@spilno.example.org>',
        publicUrl: 'https://spilno.example.org',
        secret: Buffer.from('a-device-cookie-secret-of-32-chars'),
      },
    });
  });

  it('sends notification e-mail only with SMTP_URL, and then needs MAIL_FROM', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(
      loadConfig({ SMTP_URL: 'smtp://127.0.0.1:25', MAIL_FROM: 'a@b.org' }).mail,
    ).toMatchObject({
      smtpUrl: 'smtp://127.0.0.1:25',
      from: 'a@b.org',
      publicUrl: 'http://localhost:4000',
    });
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ SMTP_URL: 'smtp://127.0.0.1:25' })).toEqual([
      'MAIL_FROM must be set when SMTP_URL is, e.g. Spilno <noreply@example.org>',
    ]);
    expect(problems({ MAIL_FROM: 'a@b.org' })).toEqual([
      'MAIL_FROM is set but SMTP_URL is not: set SMTP_URL too, or unset MAIL_FROM',
    ]);
    // The URL is never echoed: it may hold a password.
    expect(problems({ SMTP_URL: 'http://user:pw@mail', MAIL_FROM: 'a@b.org' })).toEqual([
      'SMTP_URL must be a URL like smtp://user:password@host:587',
    ]);
    expect(problems({ SMTP_URL: 'smtp://mail:25', MAIL_FROM: 'nobody' })).toEqual([
      'MAIL_FROM must be an e-mail address such as Spilno <noreply@example.org>, got "nobody"',
    ]);
    expect(problems({ PUBLIC_URL: 'spilno.org' })).toEqual([
      'PUBLIC_URL must be an http:// or https:// URL, got "spilno.org"',
    ]);
  });

  it('refuses headers that may take longer than the whole request, or no bound at all', () => {
    expect(() =>
      loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' }),
    ).toThrow(
      /^HTTP_HEADERS_TIMEOUT_MS \(20000\) must not be longer than HTTP_REQUEST_TIMEOUT_MS \(10000\)$/,
    );
    expect(() => loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '0' })).toThrow(
      /^HTTP_KEEP_ALIVE_TIMEOUT_MS must be a whole number from 100 to 3600000, got "0"$/,
    );
  });

  it('refuses a database timeout of zero, which would mean no bound at all', () => {
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(
      /^DB_STATEMENT_TIMEOUT_MS must be a whole number from 100 to 3600000, got "0"$/,
    );
  });

  it('signs device cookies with a random key of each process unless one is set', () => {
    const first = loadConfig({}).deviceCookieSecret;
    expect(first).toHaveLength(32);
    expect(loadConfig({}).deviceCookieSecret.equals(first)).toBe(false);
    const load = () => loadConfig({ DEVICE_COOKIE_SECRET: 'too-short-secret' });
    expect(load).toThrow(/^DEVICE_COOKIE_SECRET must be at least 32 characters long$/);
    expect(load).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('too-short-secret') }),
    );
  });

  it('reads replicas of a PostgreSQL server from DATABASE_READ_URLS', () => {
    const DATABASE_URL = 'postgres://spilno@primary/spilno';
    expect(loadConfig({}).readUrls).toEqual([]);
    expect(
      loadConfig({
        DATABASE_URL,
        DATABASE_READ_URLS: ' postgres://spilno@r1/spilno, postgresql://spilno@r2/spilno ,',
      }).readUrls,
    ).toEqual(['postgres://spilno@r1/spilno', 'postgresql://spilno@r2/spilno']);
    expect(() => loadConfig({ DATABASE_READ_URLS: 'postgres://spilno@r1/spilno' })).toThrow(
      /DATABASE_READ_URLS needs DATABASE_URL/,
    );
    expect(() => loadConfig({ DATABASE_URL, DATABASE_READ_URLS: 'mysql://r1/db' })).toThrow(
      /DATABASE_READ_URLS must start with postgres:\/\/ or postgresql:\/\//,
    );
  });

  it('loads demo data into a server database only when SPILNO_DEMO says so', () => {
    const DATABASE_URL = 'postgres://localhost/spilno';
    expect(loadConfig({ DATABASE_URL }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL, SPILNO_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL, SPILNO_DEMO: 'true' }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL, SPILNO_DEMO: '0' }).demo).toBe(false);
    // The embedded database always gets its demo data.
    expect(loadConfig({ SPILNO_DEMO: '0' }).demo).toBe(true);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '', NODE_ENV: '' })).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      logLevel: 'info',
      production: true,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['PORT', ' '],
    ['PORT', '1e3'],
    ['PORT', '0x50'],
    ['DB_POOL_SIZE', '0'],
    ['DB_POOL_SIZE', '500'],
    ['TRUST_PROXY', 'yes'],
    ['DATABASE_URL', 'mysql://root@localhost/spilno'],
    ['DATABASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['SPILNO_DEMO', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['ATTACHMENT_SWEEP_INTERVAL_MINUTES', '-5'],
    ['ATTACHMENT_SWEEP_INTERVAL_MINUTES', '20000'],
    ['ATTACHMENT_SWEEP_GRACE_MINUTES', '0'],
    ['EXPORT_WORKERS', '0'],
    ['EXPORT_QUEUE', '-1'],
    ['EXPORT_CACHE_MB', '1.5'],
  ])('refuses %s=%j with an error naming the variable', (name, value) => {
    const load = () => loadConfig({ [name]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(new RegExp(`^${name} `));
  });

  it('refuses a bad SPILNO_DEMO next to a DATABASE_URL too', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://localhost/spilno', SPILNO_DEMO: 'yes please' }),
    ).toThrow(/SPILNO_DEMO/);
  });

  it('does not echo a malformed DATABASE_URL, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://spilno:hunter2@[bad' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

describe('loadConfig: attachments in S3', () => {
  const S3 = { S3_BUCKET: 'spilno-files' };

  it('keeps attachments on disk unless S3_BUCKET is set', () => {
    expect(loadConfig({}).s3).toBeNull();
  });

  it('reads the bucket with its defaults: us-east-1, attachments/, virtual-host style', () => {
    expect(loadConfig(S3).s3).toEqual({
      bucket: 'spilno-files',
      endpoint: undefined,
      region: 'us-east-1',
      accessKeyId: undefined,
      secretAccessKey: undefined,
      prefix: 'attachments/',
      forcePathStyle: false,
    });
  });

  it('reads every S3 setting it is given', () => {
    expect(
      loadConfig({
        ...S3,
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_REGION: 'eu-central-1',
        S3_ACCESS_KEY_ID: 'spilno',
        S3_SECRET_ACCESS_KEY: 'very-secret',
        S3_PREFIX: 'kharkiv/attachments/',
        S3_FORCE_PATH_STYLE: '1',
      }).s3,
    ).toEqual({
      bucket: 'spilno-files',
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-central-1',
      accessKeyId: 'spilno',
      secretAccessKey: 'very-secret',
      prefix: 'kharkiv/attachments/',
      forcePathStyle: true,
    });
  });

  it.each([
    ['S3_BUCKET', 'Spilno_Files'],
    ['S3_BUCKET', 'ab'],
    ['S3_ENDPOINT', 'ftp://files.example.org'],
    ['S3_ENDPOINT', 'not a url'],
    ['S3_ENDPOINT', 'http://127.0.0.1:9000/?x=1'],
    ['S3_REGION', 'EU Central'],
    ['S3_PREFIX', '/attachments/'],
    ['S3_PREFIX', 'attachments'],
    ['S3_PREFIX', 'a/../b/'],
    ['S3_FORCE_PATH_STYLE', 'yes'],
  ])('refuses %s=%j with an error naming the variable', (name, value) => {
    const load = () => loadConfig({ ...S3, [name]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(new RegExp(`^${name} `));
  });

  it('needs both keys or neither, and never echoes the secret', () => {
    expect(() => loadConfig({ ...S3, S3_ACCESS_KEY_ID: 'spilno' })).toThrow(
      /^S3_SECRET_ACCESS_KEY must be set when S3_ACCESS_KEY_ID is$/,
    );
    const load = () => loadConfig({ ...S3, S3_SECRET_ACCESS_KEY: 'hunter2 hunter2' });
    expect(load).toThrow(/S3_ACCESS_KEY_ID must be set when S3_SECRET_ACCESS_KEY is/);
    expect(load).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });

  it('does not echo an endpoint that carries credentials', () => {
    const load = () => loadConfig({ ...S3, S3_ENDPOINT: 'https://key:hunter2@s3.example.org' });
    expect(load).toThrow(/^S3_ENDPOINT must not carry credentials/);
    expect(load).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });

  it('refuses S3 settings without a bucket rather than ignoring them', () => {
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      /^S3_ENDPOINT is set but S3_BUCKET is not/,
    );
  });

  it('reports every wrong variable at once, one message each', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'abc',
        S3_BUCKET: 'spilno-files',
        S3_REGION: 'nowhere at all',
        S3_FORCE_PATH_STYLE: 'maybe',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'PORT',
      'S3_REGION',
      'S3_FORCE_PATH_STYLE',
    ]);
  });
});
