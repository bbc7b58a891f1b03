import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const SERVER_DIR = path.join(__dirname, '..');

export interface ServerProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Resolves with the server's URL once it listens; rejects if it exits first. */
  listening: Promise<string>;
}

/**
 * Starts `src/main.ts` as its own process, as `pnpm dev` does, on a free port, or the built
 * `dist/main.js` as `pnpm start` does (`built`: the benchmark measures what is deployed). The
 * environment is the caller's own minus anything naming a database, plus `env`.
 */
export function spawnServer(env: Record<string, string>, built = false): ServerProcess {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.DATA_DIR;
  const child = spawn(
    process.execPath,
    built ? ['dist/main.js'] : ['--conditions=source', '-r', '@swc-node/register', 'src/main.ts'],
    {
      cwd: SERVER_DIR,
      env: {
        ...base,
        NODE_ENV: built ? 'production' : 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const url = /"url":"(http:\/\/[^"]+)"/.exec(text)?.[1];
      if (url && text.includes('Spilno is listening')) resolve(url);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`the server exited (${code}) before listening:\n${text}`)),
    );
  });
  // A test that only waits for the exit must not leave an unhandled rejection behind.
  listening.catch(() => undefined);
  return { child, output: () => text, exited, listening };
}

/**
 * A server on the PostgreSQL server at `databaseUrl` that gives up on it quickly (1 s to
 * connect, 2 s per statement), as the tests of outages and restarts need.
 */
export function spawnImpatientServer(databaseUrl: string): ServerProcess {
  return spawnServer({
    DATABASE_URL: databaseUrl,
    DB_CONNECT_TIMEOUT_MS: '1000',
    DB_STATEMENT_TIMEOUT_MS: '2000',
  });
}

/** Sends a signal if the process still runs, then waits for it to end. */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill(signal);
  }
  return server.exited;
}
