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
      trustProxy: 0,
    });
    expect(path.isAbsolute(config.clientDir)).toBe(true);
  });

  it('reads every setting it is given', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgresql://spilno:secret@db.internal:5432/spilno',
        DATA_DIR: '/var/lib/spilno',
        NODE_ENV: 'development',
        LOG_LEVEL: 'debug',
        CLIENT_DIR: '/srv/spilno/client',
        DB_POOL_SIZE: '25',
        TRUST_PROXY: '1',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://spilno:secret@db.internal:5432/spilno',
      dataDir: '/var/lib/spilno',
      demo: false,
      production: false,
      logLevel: 'debug',
      clientDir: '/srv/spilno/client',
      poolSize: 25,
      trustProxy: 1,
    });
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
