import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const GENERATED = path.resolve(import.meta.dirname, '../src/generated/graphql.ts');

/** Files that declare documents with `graphql(...)`: the codegen's own `documents` list. */
const DOCUMENT_FILES = /[\\/]src[\\/](modules[\\/][^\\/]+|ui)[\\/]graphql[\\/].+\.ts$/;

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
/** The import of codegen's `graphql()`, which no call needs once each is replaced. */
const GRAPHQL_IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*(['"])[./]+\/generated\1;?/m;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;

/** The export codegen writes for a document: `XFragmentDoc` for a fragment, else `XDocument`. */
export function documentExport(source: string): string | null {
  const match = DEFINITION.exec(source);
  if (!match) return null;
  const [, kind, name] = match;
  return kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
}

const VIRTUAL = '\0spilno-document:';

/** Each generated document by its export name, as the JSON codegen wrote it. */
function readDocuments(): Map<string, string> {
  const generated = fs.readFileSync(GENERATED, 'utf8');
  const line = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
  return new Map([...generated.matchAll(line)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/**
 * Replaces each `graphql(\`…\`)` call with the generated document it returns anyway, as a
 * module of its own. The codegen's `graphql()` looks documents up in a map of every operation
 * of the app, and its generated file holds them all in one module, so either would put every
 * document in the first chunk; one module per document lets each chunk carry only its own
 * (the client preset recommends its Babel plugin for the same reason).
 */
export function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'spilno-graphql-documents',
    apply: 'build',
    buildStart() {
      documents = readDocuments();
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? id : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      return `export default ${documents.get(id.slice(VIRTUAL.length)) ?? 'undefined'};`;
    },
    transform(code, id) {
      if (!DOCUMENT_FILES.test(id)) return null;
      const names = new Set<string>();
      const replaced = code.replace(CALL, (call, source: string) => {
        const name = documentExport(source);
        // A document codegen has not seen would silently become `{}`; the build stops instead.
        if (!name || !documents.has(name))
          this.error(`${id}: no generated document for ${call.slice(0, 80)}; run codegen`);
        names.add(name);
        return `__document_${name}`;
      });
      if (names.size === 0) return null;
      // Left in, the import would keep the module of every document in the first chunk: its
      // codegen file is not known to be free of side effects, so it is not shaken out.
      const withoutLookup = replaced.replace(GRAPHQL_IMPORT, '');
      const imports = [...names]
        .map((name) => `import __document_${name} from ${JSON.stringify(VIRTUAL + name)};\n`)
        .join('');
      return { code: `${imports}${withoutLookup}`, map: null };
    },
  };
}
