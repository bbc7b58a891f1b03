import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { NAMESPACES, resources } from '../app/i18n';
import { routes } from '../app/router';
import { PROGRAMME_WORKSPACE_PATH } from '../app/paths';
import { navItemsFor, type NavAbilities } from '../app/layout/navigation';
import { viewerCan } from '../test/abilities';
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

  it('declares the texts of every module that has them, under the name of the module', () => {
    const declaring = modules.filter((module) => module.i18n).map((module) => module.name);
    expect(declaring.sort()).toEqual([...withTexts].sort());
    for (const module of modules) {
      if (module.i18n) expect(module.i18n.namespace, module.name).toBe(module.name);
    }
  });

  it('calls a feature by the name the server gives it', () => {
    const serverFolders = Object.keys(import.meta.glob('../../../server/src/modules/*/index.ts'));
    const serverNames = new Set(serverFolders.map((file) => file.split('/').at(-2) ?? ''));
    // Pages without a server module of their own: the budget is part of the action plan's data,
    // and the outbox keeps other modules' writes in the browser.
    const clientOnly = ['budget', 'outbox'];
    for (const module of modules) {
      if (!clientOnly.includes(module.name))
        expect(serverNames, module.name).toContain(module.name);
    }
  });

  it('gives i18next every declared namespace, in both languages', async () => {
    for (const module of modules) {
      if (!module.i18n) continue;
      const { namespace, load } = module.i18n;
      expect(NAMESPACES).toContain(namespace);
      // The shared labels complete some namespaces, so compare the sections each file brings.
      for (const language of ['uk', 'en'] as const) {
        const file = (await load[language]()).default;
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

  it('guards pages by the server’s abilities, never by roles, and the menu asks the same', () => {
    const guarded = Object.fromEntries(
      modules.flatMap((module) =>
        (module.routes ?? []).flatMap((route) =>
          route.ability ? [[`/${route.path}`, route.ability] as const] : [],
        ),
      ),
    );
    expect(guarded).toEqual({
      '/users': 'manageUsers',
      '/audit': 'readAudit',
      '/portfolio': 'readPortfolio',
    });
    for (const route of modules.flatMap((module) => module.routes ?? [])) {
      expect(Object.keys(route), route.path).not.toContain('roles');
    }
    // A section is in the menu exactly when the viewer may open its page.
    const none: NavAbilities = viewerCan();
    for (const [path, ability] of Object.entries(guarded)) {
      expect(navItemsFor(none).map((item) => item.to)).not.toContain(path);
      expect(navItemsFor(viewerCan(ability)).map((item) => item.to)).toContain(path);
    }
  });
});
