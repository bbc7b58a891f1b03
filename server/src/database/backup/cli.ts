import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../../config';
import { StorageError } from '../data-dir';
import { BackupError, reason } from './errors';

/**
 * What `pnpm db:backup` and `pnpm db:restore` share: the arguments, the configuration, and
 * every failure as one line on stderr with exit code 1 (2 for wrong arguments or settings).
 */
export async function runCommand(
  usage: string,
  flags: string[],
  run: (config: Config, file: string, flags: Set<string>) => Promise<unknown>,
): Promise<void> {
  const args = process.argv.slice(2);
  const given = new Set(args.filter((arg) => arg.startsWith('--')));
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = [...given].filter((flag) => !flags.includes(flag));
  if (files.length !== 1 || unknown.length) {
    console.error(unknown.length ? `Unknown option ${unknown.join(', ')}. ${usage}` : usage);
    process.exitCode = 2;
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
    process.exitCode = 2;
    return;
  }
  // pnpm runs the script in server/: a relative path means the folder it was typed in.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0]!);
  try {
    await run(config, file, given);
  } catch (error) {
    const known = error instanceof BackupError || error instanceof StorageError;
    console.error(known ? reason(error) : `Failed: ${reason(error)}`);
    process.exitCode = 1;
  }
}
