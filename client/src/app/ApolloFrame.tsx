import { ApolloProvider } from '@apollo/client/react';
import { Suspense, use } from 'react';
import { Outlet } from 'react-router';
import { ClientLoaderContext } from '../ui/deferredClient';
import { LoadingState } from '../ui/LoadingState';

function ProvidedClient() {
  const load = use(ClientLoaderContext);
  if (!load) throw new Error('the app provides a ClientLoader at its root');
  // The loader hands out one promise, so every render waits for the same client.
  const client = use(load());
  return (
    <ApolloProvider client={client}>
      <Outlet />
    </ApolloProvider>
  );
}

/** Every page but sign-in sits below this: it waits for Apollo's code and provides the client. */
export function ApolloFrame() {
  return (
    <Suspense fallback={<LoadingState fullPage />}>
      <ProvidedClient />
    </Suspense>
  );
}
