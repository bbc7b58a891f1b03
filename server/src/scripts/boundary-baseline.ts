import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { boundaryCrossings, moduleMap, REPO_ROOT } from './modules-map';

/**
 * Rewrites eslint/deep-imports.json and the module map in docs/modules.md from the tree, for
 * after a change that moves imports: the list can then only be compared, in review, to what
 * it was (the architecture test holds both to the tree).
 */
const START = '<!-- modules:map start -->\n<!-- prettier-ignore-start -->\n';
const END = '\n<!-- prettier-ignore-end -->\n<!-- modules:map end -->';

writeFileSync(
  path.join(REPO_ROOT, 'eslint/deep-imports.json'),
  `${JSON.stringify(boundaryCrossings(), null, 2)}\n`,
);
const docPath = path.join(REPO_ROOT, 'docs/modules.md');
const doc = readFileSync(docPath, 'utf8');
const from = doc.indexOf(START) + START.length;
writeFileSync(docPath, doc.slice(0, from) + moduleMap() + doc.slice(doc.indexOf(END)));
