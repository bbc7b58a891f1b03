import 'reflect-metadata';
import { takeBackup } from '../database/backup/backup';
import { runCommand } from '../database/backup/cli';

/** `pnpm db:backup <file>`: see the README, "Backing up a running installation". */
void runCommand('Usage: pnpm db:backup <file>', [], (config, file) =>
  takeBackup(config, file, (line) => console.info(line)),
);
