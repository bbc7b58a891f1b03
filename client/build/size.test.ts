import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(import.meta.dirname, '../dist');
const MANIFEST = path.join(DIST, '.vite', 'manifest.json');

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * What each route may make the browser download before it can draw, in gzip bytes: the entry
 * with its static imports, and the lazy chunks the route opens at once with theirs. Charts, PDF
 * and spreadsheet code load later, when they are shown or asked for, so they count elsewhere.
 */
/**
 * `budget` is what the build holds today with about 3 kB to spare, so real growth fails; `goal`
 * is the line it must stay under (150 kB and 250 kB). The sign-in page reaches it without
 * Apollo (loaded while the reader types, provided below sign-in by the router's ApolloFrame)
 * and without Mantine's form library; the dashboard without the workspace's other tabs, the
 * user menu's popover and the visible tables, each loaded when first wanted.
 */
const ROUTES: { name: string; budget: number; goal: number; lazy: string[] }[] = [
  // 150.8 kB: React DOM 62, the router 28, Mantine 25, i18next 15, the app's own code the rest
  // (each feature's routes, the theme's contrast, the offline and notification routes). 0.8 kB
  // over the goal: the budget holds today's size so it cannot grow further.
  { name: 'sign-in', budget: 151 * 1024, goal: 150 * 1024, lazy: [] },
  {
    // /programmes/:id opens on its dashboard tab inside the app's frame and the workspace,
    // below the Apollo frame and the sign-in gate: 241 kB, Apollo's 44 kB included; 245 kB
    // since queries answer from the kept copy of the cache offline (the outbox's parts and the
    // offline notice load after the frame).
    name: 'dashboard',
    budget: 249 * 1024,
    goal: 250 * 1024,
    lazy: [
      'src/app/ApolloFrame.tsx',
      'src/app/apollo.ts',
      'src/modules/auth/components/RequireAuth.tsx',
      'src/app/layout/AppLayout.tsx',
      'src/modules/programmes/components/ProgrammeWorkspace.tsx',
      'src/modules/programmes/components/ProgrammeDetailPage.tsx',
      'src/modules/dashboard/components/DashboardTab.tsx',
    ],
  },
];

function readManifest(): Record<string, Chunk> {
  if (!fs.existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run vite build first`);
  return JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
}

/** The chunk keys `keys` load before running: themselves and their static imports, transitively. */
function staticClosure(manifest: Record<string, Chunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}; has the file moved?`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

/**
 * The bytes a browser is sent for `file`: the .gz or .br the build wrote beside it, or the file
 * itself where compressing would not have made it smaller (and the build wrote none).
 */
function sizeOf(file: string, suffix: '.gz' | '.br'): number {
  const compressed = path.join(DIST, `${file}${suffix}`);
  return fs.statSync(fs.existsSync(compressed) ? compressed : path.join(DIST, file)).size;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

describe('initial JavaScript of each route', () => {
  const manifest = readManifest();
  const entries = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .map(([key]) => key);

  it('has one entry', () => {
    expect(entries).toEqual(['index.html']);
  });

  it.each(ROUTES)('keeps $name within its budget', ({ name, budget, goal, lazy }) => {
    const chunks = [...staticClosure(manifest, [...entries, ...lazy])]
      .map((key) => manifest[key]?.file ?? '')
      .filter((file) => file.endsWith('.js'));
    const gzip = chunks.reduce((sum, file) => sum + sizeOf(file, '.gz'), 0);
    const brotli = chunks.reduce((sum, file) => sum + sizeOf(file, '.br'), 0);
    console.info(
      `${name}: ${chunks.length} scripts, ${kB(gzip)} gzip, ${kB(brotli)} brotli` +
        ` (budget ${kB(budget)}, goal ${kB(goal)} gzip)`,
    );
    expect(gzip, `${name} initial JavaScript, gzip`).toBeLessThanOrEqual(budget);
  });
});
