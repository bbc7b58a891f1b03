import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryCrossings, moduleMap, REPO_ROOT } from './modules-map';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

describe('module map', () => {
  it('docs/modules.md holds the map the script prints (pnpm modules:map)', () => {
    const doc = read('docs/modules.md');
    const start = '<!-- modules:map start -->\n<!-- prettier-ignore-start -->\n';
    const end = '\n<!-- prettier-ignore-end -->\n<!-- modules:map end -->';
    const from = doc.indexOf(start);
    const to = doc.indexOf(end);
    expect(from).toBeGreaterThan(-1);
    expect(doc.slice(from + start.length, to)).toBe(moduleMap());
  });

  it('eslint/deep-imports.json lists exactly the boundary crossings the tree still has', () => {
    expect(JSON.parse(read('eslint/deep-imports.json'))).toEqual(boundaryCrossings());
  });
});
