import { lazy, type ComponentType } from 'react';

/** React.lazy for a component that its module exports by name rather than as the default. */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
