import type { DataSource } from 'typeorm';
import { exportDefaults } from './config';
import { ExportRenderer } from './common/export-renderer';
import type { Logger } from './common/logger';
import type { CoreServices, Merged, ServiceConfig } from './common/module';
import { Policy } from './modules/programmes/public';
import { modules } from './modules';

type ProvidedBy<M> = M extends { services?(deps: never, config: never): infer P } ? P : never;

/** The core services and everything the modules provide, by name. */
export type Services = CoreServices & Merged<ProvidedBy<(typeof modules)[number]>>;

/**
 * What a module's factory sees while it is built: the services built so far. Reading one that
 * is not built yet means the module is listed above one it uses; failing here names both,
 * instead of leaving an `undefined` to fail on a request much later.
 */
function builtSoFar(built: Record<string, unknown>, moduleName: string): object {
  return new Proxy(built, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target)) {
        throw new Error(
          `module "${moduleName}" uses services.${key}, which no module listed before it provides`,
        );
      }
      return Reflect.get(target, key) as unknown;
    },
  });
}

/** Builds each module's services in the order of `list`, handing each the ones built before it. */
export function buildServices(
  list: readonly { name: string; services?(deps: never, config: ServiceConfig): object }[],
  core: CoreServices,
  config: ServiceConfig,
): Record<string, unknown> {
  const built: Record<string, unknown> = { ...core };
  for (const module of list) {
    if (!module.services) continue;
    const provided = module.services(builtSoFar(built, module.name) as never, config);
    for (const [name, service] of Object.entries(provided)) {
      if (name in built) throw new Error(`module "${module.name}" provides services.${name} again`);
      built[name] = service;
    }
  }
  return built;
}

/**
 * The application's services, built once per process around one data source and, for
 * attachments, the data directory or the S3 bucket.
 */
export function createServices(
  dataSource: DataSource,
  logger: Logger,
  config: ServiceConfig,
): Services {
  const core: CoreServices = {
    dataSource,
    logger,
    policy: new Policy(dataSource),
    exports: new ExportRenderer(config.exports ?? exportDefaults(), logger),
  };
  // Each module's factory is typed; the fold over the list cannot be, so its result is asserted.
  return buildServices(modules, core, config) as unknown as Services;
}

/** Lets go of what the services hold besides the database: export workers, the S3 client. */
export async function closeServices(services: Services): Promise<void> {
  services.attachments.store.close?.();
  services.notifications.mailer?.close();
  await services.exports.close();
}
