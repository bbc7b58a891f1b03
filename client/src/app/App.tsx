import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { useStackedTableLabels } from '../ui/stackedTables';
import { cssVariablesResolver, theme } from './theme';

export interface AppProps {
  client: ApolloClient;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ client, router }: AppProps) {
  useStackedTableLabels();
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
