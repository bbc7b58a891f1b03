import path from 'node:path';

/** Runtime configuration, read once from the environment and validated up front. */
export interface Config {
  port: number;
  host: string;
  /** A real PostgreSQL server; when absent the embedded database is used. */
  databaseUrl: string | undefined;
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
  /** Trust X-Forwarded-* from this many proxies (for client addresses behind a balancer). */
  trustProxy: number;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  // Digits only: Number() would also take " " (as 0), "1e3" and "0x50".
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(databaseUrl);
    } catch {
      throw new ConfigError(
        'DATABASE_URL must be a URL like postgres://user:password@host:5432/db',
      );
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new ConfigError(
        `DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}"`,
      );
    }
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const nodeEnv = env.NODE_ENV || 'production';
  if (!['production', 'development', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be production, development or test, got "${nodeEnv}"`);
  }
  // Read even when it cannot matter (the embedded database always gets demo data), so a
  // misspelt value is reported rather than silently ignored until DATABASE_URL is set.
  const demoFlag = flag(env, 'SPILNO_DEMO');
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    demo: databaseUrl === undefined || demoFlag,
    production: nodeEnv === 'production',
    logLevel,
    clientDir: path.resolve(env.CLIENT_DIR || path.join(__dirname, '..', '..', 'client', 'dist')),
    poolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 100),
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10),
  };
}
