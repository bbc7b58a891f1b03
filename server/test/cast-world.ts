import { afterAll, beforeAll } from 'vitest';
import type { Programme } from '../src/modules/programmes/programme.entity';
import { startTestApp, type TestApp } from './graphql';

type AppOptions = Parameters<typeof startTestApp>[0];
import { buildCast, castProgramme, type Cast, type CastProgramme } from './programme-cast';

/** The app over its own fresh database, with the cast built in it. */
export interface CastWorld {
  app: TestApp;
  cast: Cast;
}

/** A cast world with one cast programme, `p`, that the file's tests share. */
export interface ProgrammeWorld extends CastWorld {
  p: CastProgramme;
}

/**
 * Registers the hooks most integration files share: before the file's tests, start the app and
 * build the cast; after them, close the app. The world is handed to `ready` rather than
 * returned so that each file keeps its own `app`/`cast` variables and its tests read them as
 * before. A file's own `beforeAll` hooks registered after this call run after it.
 */
export function useCast(ready: (world: CastWorld) => void): void {
  useWorld(async (app) => ({ app, cast: await buildCast(app) }), ready);
}

/** `useCast`, plus one programme of the cast's built with `overrides` for the file's tests. */
export function useCastProgramme(
  ready: (world: ProgrammeWorld) => void,
  overrides: Partial<Programme> = {},
  appOptions: AppOptions = {},
): void {
  useWorld(
    async (app) => {
      const cast = await buildCast(app);
      return { app, cast, p: await castProgramme(app, cast, overrides) };
    },
    ready,
    appOptions,
  );
}

function useWorld<W extends CastWorld>(
  build: (app: TestApp) => Promise<W>,
  ready: (world: W) => void,
  appOptions: AppOptions = {},
): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(appOptions);
    ready(await build(app));
  });
  // Also when building failed half-way: the app holds a database and a port.
  afterAll(() => app?.close());
}
