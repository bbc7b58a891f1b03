import { useApolloClient } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { theme } from '../app/theme';
import { ClientLoaderContext } from '../ui/deferredClient';

export interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** The URL the router starts at. */
  route?: string;
}

/** The mocked client, for the screens that load the app's client on demand (sign-in). */
function MockedClientLoader({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  return (
    <ClientLoaderContext value={() => Promise.resolve(client)}>{children}</ClientLoaderContext>
  );
}

/** Renders with the same providers as the app, a mocked API and an in-memory router. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  return render(
    // env="test" turns off transitions and portals, as Mantine advises for tests.
    <MantineProvider theme={theme} env="test">
      <MockedProvider mocks={options.mocks ?? []}>
        <MockedClientLoader>
          <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
        </MockedClientLoader>
      </MockedProvider>
    </MantineProvider>,
  );
}
