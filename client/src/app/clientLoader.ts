import type { ApolloClient } from '@apollo/client';
import type { ClientLoader } from '../ui/deferredClient';
import type { ApolloOptions } from './apollo';

/**
 * The app's one Apollo client, created when first asked for. Apollo's code is a chunk of its
 * own, so the sign-in page is drawn without it; a failed download is tried again next time.
 */
export function createClientLoader(options: ApolloOptions): ClientLoader {
  let client: Promise<ApolloClient> | undefined;
  return () => {
    client ??= import('./apollo').then(
      ({ createApolloClient }) => createApolloClient(options),
      (error: unknown) => {
        client = undefined;
        throw error;
      },
    );
    return client;
  };
}
