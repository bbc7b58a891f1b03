import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { theme } from './theme';

export interface AppProps {
  client: ApolloClient;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ client, router }: AppProps) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
