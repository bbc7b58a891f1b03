import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { ExportRenderer } from './export-renderer';
import type { Logger } from './logger';
import type { ScopeService } from './module-types';

/** What every module's services may rely on: built before any module's own services. */
export interface CoreServices {
  dataSource: DataSource;
  logger: Logger;
  policy: ScopeService;
  /** Renders PDF reports and spreadsheets in worker threads, once per content version. */
  exports: ExportRenderer;
}

/** The settings a module's services may read (tests and scripts pass only `dataDir`). */
export type ServiceConfig = Pick<Config, 'dataDir'> &
  Partial<Pick<Config, 's3' | 'deviceCookieSecret' | 'exports' | 'mail'>>;

/** An HTTP router of a module and the paths it answers (the SPA fallback and dev proxy skip them). */
export interface ModuleRoute<RouteServices> {
  paths: readonly string[];
  router(services: RouteServices): Router;
}

/**
 * What a feature adds to the application. The app, the schema, the data source, the services,
 * the per-request loaders and the server paths are all derived from the list of these in
 * `modules/index.ts`, so adding a feature is one folder and one line.
 *
 * `services` receives the services of the modules listed before it (and the core ones): a
 * module may only use what is already built, which keeps construction free of cycles.
 */
export interface SpilnoModule<
  Needs extends object = never,
  Provides extends object = object,
  Loaders extends object = object,
  RouteServices = never,
> {
  /** The folder name under `modules/`. */
  name: string;
  // Entity and resolver classes are only ever handed to TypeORM and type-graphql, which take
  // any constructor.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: readonly Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: readonly Function[];
  services?(deps: Needs, config: ServiceConfig): Provides;
  /** Request-scoped DataLoaders, built fresh for every request. */
  loaders?(dataSource: DataSource): Loaders;
  routes?: readonly ModuleRoute<RouteServices>[];
}

/** Declares a module, keeping the exact types of what it provides. */
export function defineModule<
  Needs extends object,
  Provides extends object = object,
  Loaders extends object = object,
  RouteServices = never,
>(module: SpilnoModule<Needs, Provides, Loaders, RouteServices>) {
  return module;
}

/** `A | B` → `A & B`: what several modules provide, merged into one record. */
export type Merged<U> = (U extends unknown ? (value: U) => void : never) extends (
  value: infer I,
) => void
  ? I
  : never;
