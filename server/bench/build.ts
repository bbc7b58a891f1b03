import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const SERVER_DIR = path.join(__dirname, '..');

/** Builds dist/ as `pnpm start` runs it, unless BENCH_SKIP_BUILD=1: what is measured is what ships. */
export function buildServer() {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: SERVER_DIR, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('the server did not build');
  console.info(`built the server in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
