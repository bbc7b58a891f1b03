import type { DataSource } from 'typeorm';
import type { Merged } from './common/module';
import { modules } from './modules';

type LoadersOf<M> = M extends { loaders?(dataSource: DataSource): infer L } ? L : never;

/** Every module's request-scoped loaders, by name. */
export type Loaders = Merged<LoadersOf<(typeof modules)[number]>>;

/** Fresh per request, so nothing cached outlives the request or leaks across users. */
export function createLoaders(dataSource: DataSource): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const module of modules) {
    if (!module.loaders) continue;
    for (const [name, loader] of Object.entries(module.loaders(dataSource))) {
      if (name in loaders)
        throw new Error(`module "${module.name}" declares loaders.${name} again`);
      loaders[name] = loader;
    }
  }
  return loaders as Loaders;
}
