import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * The module map of docs/modules.md: for each server and client module, what its entries
 * export and which other modules its files import. It also lists the imports that cross a
 * boundary (see eslint/module-boundaries.js), which eslint/deep-imports.json must equal.
 */

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SIDES = ['server', 'client'] as const;
const SOURCE_DIRS = ['server/src', 'client/src', 'shared/src', 'e2e'];
const ENTRIES = ['index', 'public'];
const LAYERS = [
  { dir: 'server/src/common/', side: 'server' },
  { dir: 'client/src/ui/', side: 'client' },
];
const MODULE_PATH = /^(server|client)\/src\/modules\/([^/]+)(?:\/(.*))?$/;

interface ModuleRef {
  side: string;
  name: string;
  /** The path inside the module folder, '' for the folder itself. */
  rest: string;
}

function moduleOf(file: string): ModuleRef | null {
  const match = MODULE_PATH.exec(file);
  if (!match) return null;
  return { side: match[1] ?? '', name: match[2] ?? '', rest: match[3] ?? '' };
}

/** Which files may reach inside a module: the lint rule's own answer, so the two never differ. */
const { isTest } = createRequire(__filename)('../../../eslint/module-boundaries.js') as {
  isTest(file: string): boolean;
};

/** Repository-relative .ts/.tsx files under `dir`, skipping generated code. */
function sourceFiles(dir: string): string[] {
  const absolute = path.join(REPO_ROOT, dir);
  return readdirSync(absolute)
    .sort()
    .flatMap((entry) => {
      const rel = `${dir}/${entry}`;
      if (entry === 'node_modules' || entry === 'generated' || entry === 'dist') return [];
      if (statSync(path.join(REPO_ROOT, rel)).isDirectory()) return sourceFiles(rel);
      return /\.tsx?$/.test(entry) && !entry.endsWith('.d.ts') ? [rel] : [];
    });
}

/** The relative import specifiers of a file: imports, re-exports and dynamic imports. */
function relativeImports(file: string): string[] {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((ref) => ref.fileName)
    .filter((name) => name.startsWith('.'));
}

/** The path an import names, repository-relative, without its extension. */
function targetOf(importer: string, specifier: string): string {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(importer), specifier));
  return joined.replace(/\.(js|ts|tsx)$/, '');
}

function isEntry(ref: ModuleRef): boolean {
  const rest = ref.rest.replace(/(^|\/)index$/, '');
  return rest === '' || ENTRIES.includes(rest);
}

/** Every import across a boundary, as `importer -> target`, sorted. */
export function boundaryCrossings(): string[] {
  const crossings = SOURCE_DIRS.flatMap(sourceFiles).flatMap((importer) => {
    const own = moduleOf(importer.replace(/\.tsx?$/, ''));
    const layer = LAYERS.find((l) => importer.startsWith(l.dir));
    return relativeImports(importer).flatMap((specifier) => {
      const target = targetOf(importer, specifier);
      const reached = moduleOf(target);
      if (!reached) return [];
      if (layer && reached.side === layer.side) return [`${importer} -> ${target}`];
      const inside = own?.side === reached.side && own.name === reached.name;
      if (inside || isEntry(reached) || isTest(importer)) return [];
      return [`${importer} -> ${target}`];
    });
  });
  return [...new Set(crossings)].sort();
}

/** The names a module entry exports; `*` re-exports are shown as `* from './x'`. */
function exportedNames(file: string): string[] {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((statement): string[] => {
    if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier;
      if (!statement.exportClause) {
        return from && ts.isStringLiteral(from) ? [`* from '${from.text}'`] : [];
      }
      if (ts.isNamedExports(statement.exportClause)) {
        return statement.exportClause.elements.map((element) => element.name.text);
      }
      return [statement.exportClause.name.text];
    }
    const exported = ts
      .getModifiers(statement as ts.HasModifiers)
      ?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) return [];
    if (ts.isVariableStatement(statement)) {
      return statement.declarationList.declarations.map((d) => d.name.getText(source));
    }
    const named = statement as ts.Statement & { name?: ts.Identifier };
    return named.name ? [named.name.text] : [];
  });
}

interface ModuleRow {
  side: string;
  name: string;
  entries: string[];
  exports: string[];
  imports: string[];
}

function moduleRows(): ModuleRow[] {
  return SIDES.flatMap((side) => {
    const dir = `${side}/src/modules`;
    const names = readdirSync(path.join(REPO_ROOT, dir))
      .filter((name) => statSync(path.join(REPO_ROOT, dir, name)).isDirectory())
      .sort();
    return names.map((name) => {
      const folder = `${dir}/${name}`;
      const files = sourceFiles(folder);
      const entries = ENTRIES.map((entry) => `${entry}.ts`).filter((entry) =>
        files.includes(`${folder}/${entry}`),
      );
      const imported = files
        .filter((file) => !isTest(file))
        .flatMap((file) => relativeImports(file).map((specifier) => targetOf(file, specifier)))
        .map(moduleOf)
        .filter((ref): ref is ModuleRef => ref !== null && names.includes(ref.name))
        .filter((ref) => ref.name !== name);
      return {
        side,
        name,
        entries,
        exports: entries.flatMap((entry) => exportedNames(`${folder}/${entry}`)),
        imports: [...new Set(imported.map((ref) => ref.name))].sort(),
      };
    });
  });
}

const code = (names: string[]) => names.map((name) => `\`${name}\``).join(', ') || '—';

/** The Markdown tables of docs/modules.md's "Module map", one per side. */
export function moduleMap(): string {
  const rows = moduleRows();
  return SIDES.map((side) =>
    [
      `### ${side === 'server' ? 'Server' : 'Client'}`,
      '',
      '| module | entries | exports | imports modules |',
      '| --- | --- | --- | --- |',
      ...rows
        .filter((row) => row.side === side)
        .map(
          (row) =>
            `| ${row.name} | ${code(row.entries)} | ${code(row.exports)} | ${code(row.imports)} |`,
        ),
    ].join('\n'),
  ).join('\n\n');
}

if (require.main === module) console.info(moduleMap());
