import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { mailSettingsOf, type MailSettings } from './config-mail';

export type { MailSettings } from './config-mail';

/** Runtime configuration, read once from the environment and validated up front. */
export interface Config {
  port: number;
  host: string;
  /** A real PostgreSQL server; when absent the embedded database is used. */
  databaseUrl: string | undefined;
  /** Streaming replicas that read-only requests may read from (DATABASE_READ_URLS). */
  readUrls: string[];
  /** Where the embedded database (`pg/`) and attachments (`attachments/`) keep their files. */
  dataDir: string;
  /** Load demo data into an empty database. Always on for the embedded one. */
  demo: boolean;
  production: boolean;
  logLevel: string;
  /** Built client to serve; absent folder means API only. */
  clientDir: string;
  /** Pool size; PGlite serialises queries anyway, so a small pool is enough. */
  poolSize: number;
  /** Bounds on every wait for the database, so an outage fails requests instead of hanging them. */
  databaseTimeouts: DatabaseTimeouts;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  shutdownTimeoutMs: number;
  /** Bounds on what a client may take, so slow or idle ones cannot hold connections for ever. */
  httpTimeouts: HttpTimeouts;
  /** Trust X-Forwarded-* from this many proxies (for client addresses behind a balancer). */
  trustProxy: number;
  /**
   * Key of the HMAC that signs device cookies. Without DEVICE_COOKIE_SECRET each process draws
   * a random one: safe, but device cookies then outlive neither a restart nor a change of
   * instance behind a balancer (their browsers fall back to the per-address limits).
   */
  deviceCookieSecret: Buffer;
  /** An S3-compatible bucket for attachments; null keeps them under `dataDir`. */
  s3: S3Settings | null;
  /** The sweep of stored attachment bytes that no attachment row points at any more. */
  attachmentSweep: {
    /** How often it runs, start-up included; 0 turns it off. */
    intervalMs: number;
    /** Bytes younger than this are kept, so an upload whose row is not committed yet stays. */
    graceMs: number;
  };
  /** Rendering of PDF reports and spreadsheets, off the thread that answers requests. */
  exports: ExportSettings;
  /** E-mail of notifications; null (no SMTP_URL) keeps them in the app. */
  mail: MailSettings | null;
}

/** See the README's operations section. */
export interface ExportSettings {
  /** Worker threads rendering exports at once. */
  workers: number;
  /** Exports waiting for a worker beyond those; one more is answered UNAVAILABLE. */
  queue: number;
  /** Bytes of rendered files kept for the next identical request. */
  cacheBytes: number;
}

/** See the README's configuration section; all in milliseconds. */
export interface DatabaseTimeouts {
  /** Longest a statement may run (PostgreSQL `statement_timeout`). */
  statementMs: number;
  /** Longest a statement waits for a row or table lock (`lock_timeout`). */
  lockMs: number;
  /** A transaction left idle this long is ended by the server (`idle_in_transaction_session_timeout`). */
  idleInTransactionMs: number;
  /** Longest a request waits for a pool connection, or for a new one to be opened. */
  connectMs: number;
}

/** See the README's configuration section; all in milliseconds. */
export interface HttpTimeouts {
  /** A client's time to send a request's headers (a slowloris sends them a byte at a time). */
  headersMs: number;
  /** A client's time to send the whole request, its body included (an upload, say). */
  requestMs: number;
  /** A kept-alive connection with no request is closed after this. */
  keepAliveMs: number;
}

/** Where attachments go when S3_BUCKET is set; see the README's configuration section. */
export interface S3Settings {
  bucket: string;
  /** Absent for AWS itself; the URL of any other S3-compatible server. */
  endpoint: string | undefined;
  region: string;
  /** Both or neither; with neither the SDK's own chain (AWS_* variables, roles) applies. */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** Prepended to every key, ending in "/": the part of the bucket that is Spilno's. */
  prefix: string;
  /** `<endpoint>/<bucket>/<key>` rather than `<bucket>.<endpoint>/<key>` (MinIO and the like). */
  forcePathStyle: boolean;
}

/** Every wrong variable, each with a message of its own that names it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

class ConfigProblems {
  private readonly list: string[] = [];

  add(message: string): void {
    this.list.push(message);
  }

  throwIfAny(): void {
    if (this.list.length) throw new ConfigError(this.list);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const WEEK_IN_MINUTES = 7 * 24 * 60;
const MB = 1024 * 1024;
const S3_VARIABLES = [
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_PREFIX',
  'S3_FORCE_PATH_STYLE',
] as const;
const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const S3_REGION_NAME = /^[a-z0-9-]{1,32}$/;
// Folder names, none of them "." or "..", each followed by "/".
const S3_PREFIX = /^(?:(?!\.\.?\/)[A-Za-z0-9._-]+\/){1,16}$/;

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: ConfigProblems,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  // Digits only: Number() would also take " " (as 0), "1e3" and "0x50".
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.add(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

/** The EXPORT_* settings when none is given, also for services built without a configuration. */
export function exportDefaults(): ExportSettings {
  return {
    // One core stays with the thread that answers requests and with the embedded database.
    workers: Math.max(1, os.availableParallelism() - 1),
    queue: 16,
    cacheBytes: 64 * MB,
  };
}

function flag(env: NodeJS.ProcessEnv, name: string, problems: ConfigProblems): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  problems.add(`${name} must be 1 or 0, got "${raw}"`);
  return false;
}

/** An http(s) URL without credentials, query or fragment; never echoed, it may hold secrets. */
function s3Endpoint(raw: string | undefined, problems: ConfigProblems): string | undefined {
  if (!raw) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    problems.add('S3_ENDPOINT must be an http:// or https:// URL such as http://127.0.0.1:9000');
    return undefined;
  }
  if (url.username || url.password) {
    problems.add(
      'S3_ENDPOINT must not carry credentials: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    );
    return undefined;
  }
  return raw;
}

function s3Settings(env: NodeJS.ProcessEnv, problems: ConfigProblems): S3Settings | null {
  const bucket = env.S3_BUCKET || undefined;
  if (!bucket) {
    for (const name of S3_VARIABLES) {
      if (env[name]) {
        problems.add(`${name} is set but S3_BUCKET is not: set S3_BUCKET too, or unset ${name}`);
      }
    }
    return null;
  }
  if (!S3_BUCKET_NAME.test(bucket)) {
    problems.add(
      `S3_BUCKET must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit, got "${bucket}"`,
    );
  }
  const region = env.S3_REGION || 'us-east-1';
  if (!S3_REGION_NAME.test(region)) {
    problems.add(`S3_REGION must be a region name such as eu-central-1, got "${region}"`);
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if (accessKeyId && /\s/.test(accessKeyId)) {
    problems.add('S3_ACCESS_KEY_ID must not contain spaces or line breaks');
  }
  if (secretAccessKey && /\s/.test(secretAccessKey)) {
    // The value is never echoed: it is a secret.
    problems.add('S3_SECRET_ACCESS_KEY must not contain spaces or line breaks');
  }
  if (accessKeyId && !secretAccessKey) {
    problems.add('S3_SECRET_ACCESS_KEY must be set when S3_ACCESS_KEY_ID is');
  }
  if (secretAccessKey && !accessKeyId) {
    problems.add('S3_ACCESS_KEY_ID must be set when S3_SECRET_ACCESS_KEY is');
  }
  const prefix = env.S3_PREFIX || 'attachments/';
  if (!S3_PREFIX.test(prefix) || prefix.length > 200) {
    problems.add(
      `S3_PREFIX must be folder names of letters, digits, ".", "_" or "-", each ending in "/", such as spilno/attachments/, got "${prefix}"`,
    );
  }
  return {
    bucket,
    endpoint: s3Endpoint(env.S3_ENDPOINT, problems),
    region,
    accessKeyId,
    secretAccessKey,
    prefix,
    forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', problems),
  };
}

function postgresUrlOf(name: string, value: string, problems: ConfigProblems): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not echoed: the value may hold a password.
    problems.add(`${name} must be a URL like postgres://user:password@host:5432/db`);
    return undefined;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    problems.add(`${name} must start with postgres:// or postgresql://, got "${url.protocol}"`);
    return undefined;
  }
  return value;
}

function databaseUrlOf(env: NodeJS.ProcessEnv, problems: ConfigProblems): string | undefined {
  const databaseUrl = env.DATABASE_URL || undefined;
  return databaseUrl === undefined
    ? undefined
    : postgresUrlOf('DATABASE_URL', databaseUrl, problems);
}

/** DATABASE_READ_URLS: comma-separated replicas of DATABASE_URL's database. */
function readUrlsOf(env: NodeJS.ProcessEnv, problems: ConfigProblems): string[] {
  const urls = (env.DATABASE_READ_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (urls.length > 0 && !env.DATABASE_URL) {
    problems.add('DATABASE_READ_URLS needs DATABASE_URL: replicas are of a PostgreSQL server');
  }
  return urls.flatMap((url) => postgresUrlOf('DATABASE_READ_URLS', url, problems) ?? []);
}

function httpTimeoutsOf(env: NodeJS.ProcessEnv, problems: ConfigProblems): HttpTimeouts {
  const timeouts = {
    headersMs: integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 15_000, 100, HOUR, problems),
    requestMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 5 * MINUTE, 100, 24 * HOUR, problems),
    keepAliveMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, HOUR, problems),
  };
  // Node refuses to start a server whose headers may take longer than the whole request.
  if (timeouts.headersMs > timeouts.requestMs) {
    problems.add(
      `HTTP_HEADERS_TIMEOUT_MS (${timeouts.headersMs}) must not be longer than HTTP_REQUEST_TIMEOUT_MS (${timeouts.requestMs})`,
    );
  }
  return timeouts;
}

function deviceCookieSecretOf(env: NodeJS.ProcessEnv, problems: ConfigProblems): Buffer {
  const raw = env.DEVICE_COOKIE_SECRET;
  if (!raw) return crypto.randomBytes(32);
  // Not echoed: it is a secret.
  if (raw.length < 32) problems.add('DEVICE_COOKIE_SECRET must be at least 32 characters long');
  return Buffer.from(raw);
}

/**
 * Reads the environment. Every wrong variable is reported, each in a message of its own that
 * names it, so a broken deployment is fixed in one round rather than one variable at a time.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems = new ConfigProblems();
  const databaseUrl = databaseUrlOf(env, problems);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.add(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const nodeEnv = env.NODE_ENV || 'production';
  if (!['production', 'development', 'test'].includes(nodeEnv)) {
    problems.add(`NODE_ENV must be production, development or test, got "${nodeEnv}"`);
  }
  // Read even when it cannot matter (the embedded database always gets demo data), so a
  // misspelt value is reported rather than silently ignored until DATABASE_URL is set.
  const demoFlag = flag(env, 'SPILNO_DEMO', problems);
  const exportFallback = exportDefaults();
  const port = integer(env, 'PORT', 4000, 0, 65535, problems);
  const deviceCookieSecret = deviceCookieSecretOf(env, problems);
  const config: Config = {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    readUrls: readUrlsOf(env, problems),
    dataDir: path.resolve(env.DATA_DIR || './data'),
    demo: databaseUrl === undefined || demoFlag,
    production: nodeEnv === 'production',
    logLevel,
    clientDir: path.resolve(env.CLIENT_DIR || path.join(__dirname, '..', '..', 'client', 'dist')),
    poolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 100, problems),
    databaseTimeouts: {
      statementMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 30_000, 100, HOUR, problems),
      lockMs: integer(env, 'DB_LOCK_TIMEOUT_MS', 10_000, 100, HOUR, problems),
      idleInTransactionMs: integer(
        env,
        'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
        60_000,
        100,
        HOUR,
        problems,
      ),
      connectMs: integer(env, 'DB_CONNECT_TIMEOUT_MS', 5_000, 100, MINUTE, problems),
    },
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 10 * MINUTE, problems),
    httpTimeouts: httpTimeoutsOf(env, problems),
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10, problems),
    s3: s3Settings(env, problems),
    deviceCookieSecret,
    attachmentSweep: {
      intervalMs:
        integer(env, 'ATTACHMENT_SWEEP_INTERVAL_MINUTES', 360, 0, WEEK_IN_MINUTES, problems) *
        MINUTE,
      graceMs:
        integer(env, 'ATTACHMENT_SWEEP_GRACE_MINUTES', 60, 1, WEEK_IN_MINUTES, problems) * MINUTE,
    },
    exports: {
      workers: integer(env, 'EXPORT_WORKERS', exportFallback.workers, 1, 64, problems),
      queue: integer(env, 'EXPORT_QUEUE', exportFallback.queue, 0, 1000, problems),
      cacheBytes:
        integer(env, 'EXPORT_CACHE_MB', exportFallback.cacheBytes / MB, 0, 4096, problems) * MB,
    },
    mail: mailSettingsOf(env, port, deviceCookieSecret, problems),
  };
  problems.throwIfAny();
  return config;
}
