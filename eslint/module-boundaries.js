// @ts-check
/**
 * The module boundaries, as one lint rule:
 * - `server/src/common/` and `client/src/ui/` import no module: features build on them, not
 *   the other way round;
 * - outside a module's own folder, `modules/<name>/` is reached only through its entries:
 *   `index.ts` (the module's declaration, read by the module list) and `public.ts` (what
 *   other modules may use). Tests and the benchmark may reach inside, to set up and inspect records.
 *
 * Imports across a boundary that predate the rule are listed, import by import, in
 * `deep-imports.json`; a test holds that list to the imports the tree still has, so it only
 * ever shrinks.
 */
const path = require('node:path');
const baseline = new Set(require('./deep-imports.json'));

const ROOT = path.resolve(__dirname, '..');
const MODULE_PATH = /^(server|client)\/src\/modules\/([^/]+)(?:\/(.*))?$/;
const ENTRIES = new Set(['', 'index', 'public']);
const LAYERS = [
  { dir: 'server/src/common/', side: 'server' },
  { dir: 'client/src/ui/', side: 'client' },
];

/** `side/src/modules/name/rest` of a repository-relative path without extension, if any. */
function moduleOf(file) {
  const match = MODULE_PATH.exec(file);
  if (!match || match[3] === undefined)
    return match && { side: match[1], name: match[2], rest: '' };
  return { side: match[1], name: match[2], rest: match[3] };
}

function isTest(file) {
  return (
    /\.test\.tsx?$/.test(file) ||
    file.endsWith('/testing.ts') ||
    file.startsWith('server/test/') ||
    file.startsWith('server/bench/') ||
    file.startsWith('client/src/test/') ||
    file.startsWith('e2e/')
  );
}

/** The repository-relative path an import names, without extension or a trailing index. */
function targetOf(importer, specifier) {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(importer), specifier));
  return joined.replace(/\.(js|ts|tsx)$/, '');
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Layers import no module; modules meet only through their entries.' },
    schema: [],
    messages: {
      layer: '{{layer}} imports no module: move this code into a module or pass it in.',
      deep: 'Import module "{{module}}" through its public entry (modules/{{module}}/public.ts), not {{target}}.',
    },
  },
  create(context) {
    const importer = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const own = moduleOf(importer.replace(/\.(ts|tsx)$/, ''));
    const layer = LAYERS.find((l) => importer.startsWith(l.dir));
    const test = isTest(importer);

    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = targetOf(importer, specifier);
      const reached = moduleOf(target);
      if (!reached || baseline.has(`${importer} -> ${target}`)) return;
      if (layer && reached.side === layer.side) {
        context.report({ node, messageId: 'layer', data: { layer: layer.dir } });
        return;
      }
      const inside = own && own.side === reached.side && own.name === reached.name;
      const entry = ENTRIES.has(reached.rest.replace(/(^|\/)index$/, ''));
      if (inside || entry || test) return;
      context.report({ node, messageId: 'deep', data: { module: reached.name, target } });
    }

    const fromSource = (node) => node.source && check(node, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

module.exports = { moduleOf, targetOf, isTest, rule };
