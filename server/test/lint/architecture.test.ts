import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundaryCrossings, moduleMap } from '../../src/scripts/modules-map';

/**
 * The architecture rules fail lint. Each probe is a real file, written into a folder of its
 * own inside the tree and linted with the repository's configuration, so the rules (the typed
 * ones read only files on disk) see what a real file there would. All probes are linted in one
 * run, so the type information is built once per package.
 */

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const lines = (...code: string[]) => [...code, ''].join('\n');

const PROBES = {
  deep: [
    'server/src/modules/events',
    lines(
      "import { Programme } from '../../programmes/programme.entity';",
      'export const probe = Programme;',
    ),
  ],
  common: [
    'server/src/common',
    lines(
      "import { EventService } from '../../modules/events';",
      'export const probe = EventService;',
    ),
  ],
  ui: [
    'client/src/ui',
    lines(
      "import { eventsModule } from '../../modules/events';",
      'export const probe = eventsModule;',
    ),
  ],
  floating: [
    'server/src/common',
    lines(
      'async function work(): Promise<void> {}',
      'export function start(): void {',
      '  work();',
      '}',
    ),
  ],
  switch: [
    'server/src/common',
    lines(
      "type Side = 'left' | 'right';",
      'export function sign(side: Side): number {',
      '  switch (side) {',
      "    case 'left':",
      '      return -1;',
      '    default:',
      '      return 0;',
      '  }',
      '}',
    ),
  ],
  cycleA: [
    'server/src/modules/events',
    lines("import { b } from './cycleB';", 'export const a = (): number => b() + 1;'),
  ],
  cycleB: [
    'server/src/modules/events',
    lines("import { a } from './cycleA';", 'export const b = (): number => a.length;'),
  ],
  clean: [
    'server/src/modules/programmes',
    lines(
      "import { EventService } from '../../events';",
      "import { NotFoundError } from '../../../common/errors';",
      "type Side = 'left' | 'right';",
      'export function sign(side: Side): number {',
      '  switch (side) {',
      "    case 'left':",
      '      return -1;',
      "    case 'right':",
      '      return 1;',
      '  }',
      '}',
      'export async function start(work: () => Promise<void>): Promise<unknown[]> {',
      '  await work();',
      '  return [EventService, NotFoundError];',
      '}',
    ),
  ],
} as const;

type Probe = keyof typeof PROBES;
const probes = Object.keys(PROBES) as Probe[];
const folders = new Map<string, string>();
const reported = new Map<Probe, (string | null)[]>();

beforeAll(async () => {
  try {
    const files = probes.map((probe) => {
      const [dir, code] = PROBES[probe];
      let folder = folders.get(dir);
      if (!folder) {
        folder = fs.mkdtempSync(path.join(repoRoot, dir, '__probe-'));
        folders.set(dir, folder);
      }
      const file = path.join(folder, `${probe}.ts`);
      fs.writeFileSync(file, code);
      return file;
    });
    const results = await new ESLint({ cwd: repoRoot }).lintFiles(files);
    probes.forEach((probe, i) => {
      const result = results.find((r) => r.filePath === files[i]);
      reported.set(probe, result ? result.messages.map((m) => m.ruleId) : ['not linted']);
    });
  } finally {
    for (const folder of folders.values()) fs.rmSync(folder, { recursive: true, force: true });
  }
}, 240_000);

describe('lint', () => {
  it('refuses a deep import into another module', () => {
    expect(reported.get('deep')).toEqual(['spilno/module-boundaries']);
  });

  it('refuses a module import from common/ and from ui/', () => {
    expect(reported.get('common')).toEqual(['spilno/module-boundaries']);
    expect(reported.get('ui')).toEqual(['spilno/module-boundaries']);
  });

  it('refuses a floating promise', () => {
    expect(reported.get('floating')).toEqual(['@typescript-eslint/no-floating-promises']);
  });

  it('refuses a switch that misses a case, even behind a default', () => {
    expect(reported.get('switch')).toEqual(['@typescript-eslint/switch-exhaustiveness-check']);
  });

  it('refuses an import cycle', () => {
    expect(reported.get('cycleA')).toEqual(['import-x/no-cycle']);
    expect(reported.get('cycleB')).toEqual(['import-x/no-cycle']);
  });

  it('passes a file that keeps every rule', () => {
    expect(reported.get('clean')).toEqual([]);
  });
});

describe('module map', () => {
  const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');

  it('docs/modules.md holds the map the script prints (pnpm modules:map)', () => {
    const doc = read('docs/modules.md');
    const start = '<!-- modules:map start -->\n<!-- prettier-ignore-start -->\n';
    const end = '\n<!-- prettier-ignore-end -->\n<!-- modules:map end -->';
    const from = doc.indexOf(start);
    expect(from).toBeGreaterThan(-1);
    expect(doc.slice(from + start.length, doc.indexOf(end))).toBe(moduleMap());
  });

  it('eslint/deep-imports.json lists exactly the boundary crossings the tree still has', () => {
    expect(JSON.parse(read('eslint/deep-imports.json'))).toEqual(boundaryCrossings());
  });
});
