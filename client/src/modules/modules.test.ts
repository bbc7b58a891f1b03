import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { NAMESPACES, resources } from '../app/i18n';
import { routes } from '../app/router';
import { PROGRAMME_WORKSPACE_PATH } from '../app/paths';
import { modules } from '.';

const folderOf = (file: string) => file.split('/')[1] ?? '';
const folders = new Set(Object.keys(import.meta.glob('./*/**/*')).map(folderOf));
const withTexts = new Set(Object.keys(import.meta.glob('./*/i18n/en.json')).map(folderOf));

/** Every full path the router knows, parents' paths joined to their children's. */
function fullPaths(list: RouteObject[], base = ''): string[] {
  return list.flatMap((route) => {
    const path = route.path ? [base, route.path].filter(Boolean).join('/') : base;
    return [...(route.path ? [path] : []), ...fullPaths(route.children ?? [], path)];
  });
}

describe('the client module list', () => {
  it('names every folder under modules/ exactly once, by its folder name', () => {
    const names = modules.map((module) => module.name);
    expect([...names].sort()).toEqual([...folders].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('declares the texts of every module that has them, each under its own namespace', () => {
    const declaring = modules.filter((module) => module.i18n).map((module) => module.name);
    expect(declaring.sort()).toEqual([...withTexts].sort());
    const namespaces = modules.flatMap((module) => (module.i18n ? [module.i18n.namespace] : []));
    expect(new Set(namespaces).size).toBe(namespaces.length);
  });

  it('gives i18next every declared namespace, in both languages', () => {
    for (const module of modules) {
      if (!module.i18n) continue;
      const { namespace, uk, en } = module.i18n;
      expect(NAMESPACES).toContain(namespace);
      // The shared labels complete some namespaces, so compare the sections each file brings.
      for (const [language, file] of [
        ['uk', uk],
        ['en', en],
      ] as const) {
        const loaded = new Map(Object.entries(resources[language])).get(namespace);
        expect(Object.keys(loaded ?? {}), `${language} ${namespace}`).toEqual(
          expect.arrayContaining(Object.keys(file)),
        );
      }
    }
  });

  it('routes every page a module declares, programme pages below the workspace', () => {
    const known = fullPaths(routes);
    for (const module of modules) {
      for (const route of module.routes ?? []) {
        const path =
          route.zone === 'programme' ? `${PROGRAMME_WORKSPACE_PATH}/${route.path}` : route.path;
        expect(known, `${module.name}: ${path}`).toContain(path);
      }
    }
  });
});
