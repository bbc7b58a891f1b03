// Starts the built server for the browser tests on a fresh embedded database, so every
// run begins from the demo data exactly as a first start would, and removes it afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(tmpdir(), 'spilno-e2e-'));
process.env.DATA_DIR = dataDir;
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

const require = createRequire(import.meta.url);
require('../../server/dist/main.js');
