import type { ApolloClient } from '@apollo/client';
import { createContext, use } from 'react';

/** Gives the app's Apollo client, downloading Apollo's code on the first call only. */
export type ClientLoader = () => Promise<ApolloClient>;

/** Provided at the app's root (and by the tests' render, with their mocked client). */
export const ClientLoaderContext = createContext<ClientLoader | null>(null);

/**
 * The Apollo client for a screen drawn before Apollo's code has arrived: the sign-in page, the
 * first most readers see, is drawn without it. Nothing here imports Apollo's code itself: even
 * its React context would bring every hook's modules into the first chunk.
 */
export function useDeferredClient(): ClientLoader {
  const load = use(ClientLoaderContext);
  if (!load) throw new Error('useDeferredClient must be used below a ClientLoaderContext');
  return load;
}
