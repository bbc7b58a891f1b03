import 'reflect-metadata';
import { runCommand } from '../database/backup/cli';
import { restoreBackup } from '../database/backup/restore';

/** `pnpm db:restore <file> [--force]`: see the README, "Backing up a running installation". */
void runCommand('Usage: pnpm db:restore <file> [--force]', ['--force'], (config, file, flags) =>
  restoreBackup(config, file, { force: flags.has('--force') }, (line) => console.info(line)),
);
