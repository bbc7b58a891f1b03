import fs from 'node:fs';
import path from 'node:path';
import { SERVER_PATHS } from '@spilno/shared';
import type { Router } from 'express';
import { getMetadataStorage } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { serverPaths } from '../app';
import { createLogger } from '../common/logger';
import type { CoreServices } from '../common/module';
import { entities } from '../database/entities';
import { resolvers } from '../schema';
import { buildServices } from '../services';
import { modules } from '.';

const here = __dirname;
const folders = fs
  .readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Imports every source file under modules/, reachable from the list or not. */
async function importEveryModuleFile(): Promise<void> {
  for (const folder of folders) {
    for (const file of fs.readdirSync(path.join(here, folder))) {
      if (file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts'))
        await import(path.join(here, folder, file));
    }
  }
}

/** Class names, for a readable failure. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any decorated class
const namesOf = (classes: (Function | string)[]) =>
  classes.map((c) => (typeof c === 'string' ? c : c.name));

/** The paths an Express router answers, read from the router itself. */
function routedPaths(router: Router): string[] {
  return router.stack.flatMap((layer) => (layer.route ? [String(layer.route.path)] : []));
}

describe('the module list', () => {
  it('names every folder under modules/ exactly once, by its folder name', () => {
    const names = modules.map((module) => module.name);
    expect([...names].sort()).toEqual([...folders].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('declares every entity and every resolver class defined in any module file', async () => {
    await importEveryModuleFile();
    const tables = getMetadataArgsStorage().tables.map((table) => table.target);
    expect(namesOf(tables.filter((target) => !entities.includes(target as never)))).toEqual([]);
    const resolverClasses = getMetadataStorage().resolverClasses.map((meta) => meta.target);
    expect(namesOf(resolverClasses.filter((target) => !resolvers.includes(target)))).toEqual([]);
    // And the other way round: nothing in the lists that is not an entity or a resolver.
    expect(namesOf(entities.filter((entity) => !tables.includes(entity)))).toEqual([]);
    expect(namesOf(resolvers.filter((resolver) => !resolverClasses.includes(resolver)))).toEqual(
      [],
    );
  });

  it('declares, for each module router, exactly the paths the router answers', () => {
    for (const module of modules) {
      for (const route of module.routes ?? []) {
        // Building a router only captures the services; no route runs here.
        const router = route.router({} as never);
        expect(routedPaths(router).sort(), module.name).toEqual([...route.paths].sort());
      }
    }
  });

  it('serves exactly the shared server paths, so the SPA fallback and the dev proxy agree', () => {
    expect([...serverPaths].sort()).toEqual(Object.values(SERVER_PATHS).sort());
  });
});

describe('building the services', () => {
  const core = {
    dataSource: {},
    logger: createLogger('silent'),
    policy: {},
  } as unknown as CoreServices;
  const config = { dataDir: '/nonexistent' };

  it('hands each module the services of the modules listed before it', () => {
    const built = buildServices(
      [
        { name: 'first', services: () => ({ first: 1 }) },
        { name: 'second', services: (deps: { first: number }) => ({ second: deps.first + 1 }) },
      ],
      core,
      config,
    );
    expect(built).toMatchObject({ first: 1, second: 2, logger: core.logger });
  });

  it('fails at start-up, naming the module, when a module is listed before one it uses', () => {
    expect(() =>
      buildServices(
        [
          { name: 'second', services: (deps: { first: number }) => ({ second: deps.first + 1 }) },
          { name: 'first', services: () => ({ first: 1 }) },
        ],
        core,
        config,
      ),
    ).toThrow('module "second" uses services.first, which no module listed before it provides');
  });

  it('refuses two modules providing a service under one name', () => {
    expect(() =>
      buildServices(
        [
          { name: 'one', services: () => ({ same: 1 }) },
          { name: 'two', services: () => ({ same: 2 }) },
        ],
        core,
        config,
      ),
    ).toThrow('module "two" provides services.same again');
  });
});
