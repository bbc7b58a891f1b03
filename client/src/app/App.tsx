import { MantineProvider } from '@mantine/core';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ClientLoaderContext, type ClientLoader } from '../ui/deferredClient';
import { useStackedTableLabels } from '../ui/useStackedTableLabels';
import { cssVariablesResolver, theme } from './theme';

export interface AppProps {
  /** The Apollo client, provided by the router's frame below sign-in (ApolloFrame). */
  loadClient: ClientLoader;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ loadClient, router }: AppProps) {
  useStackedTableLabels();
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <ClientLoaderContext value={loadClient}>
        <RouterProvider router={router} />
      </ClientLoaderContext>
    </MantineProvider>
  );
}
