import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { MockLink } from '@apollo/client/testing';
import { ErrorCode, Role } from '@spilno/shared';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserQuery, SignInMutation } from '../modules/auth/graphql/auth';
import { ProgrammesQuery } from '../modules/programmes/graphql/programmes';
import { createRetryLink, createSessionLink } from './apollo';

const unauthenticated = {
  errors: [new GraphQLError('Not signed in', { extensions: { code: ErrorCode.UNAUTHENTICATED } })],
};

function clientWith(mocks: MockLink.MockedResponse[], onUnauthenticated: () => void) {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([createSessionLink(onUnauthenticated), new MockLink(mocks)]),
  });
}

describe('session link', () => {
  it('reports an ended session from any query', async () => {
    const onUnauthenticated = vi.fn();
    const client = clientWith(
      [
        {
          request: { query: ProgrammesQuery, variables: { status: null } },
          result: unauthenticated,
        },
      ],
      onUnauthenticated,
    );
    await expect(
      client.query({ query: ProgrammesQuery, variables: { status: null } }),
    ).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('leaves a failed sign-in to the sign-in form', async () => {
    const onUnauthenticated = vi.fn();
    const variables = { email: 'observer@spilno.test', password: 'wrong-password' };
    const client = clientWith(
      [{ request: { query: SignInMutation, variables }, result: unauthenticated }],
      onUnauthenticated,
    );
    await expect(client.mutate({ mutation: SignInMutation, variables })).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('ignores other errors and successes', async () => {
    const onUnauthenticated = vi.fn();
    const me = {
      __typename: 'User',
      id: 'u1',
      email: 'observer@spilno.test',
      name: 'Andrii',
      role: Role.OBSERVER,
      organisation: null,
    };
    const client = clientWith(
      [
        {
          request: { query: ProgrammesQuery, variables: { status: null } },
          result: {
            errors: [new GraphQLError('No', { extensions: { code: ErrorCode.FORBIDDEN } })],
          },
        },
        { request: { query: CurrentUserQuery }, result: { data: { me } } },
      ],
      onUnauthenticated,
    );
    await expect(
      client.query({ query: ProgrammesQuery, variables: { status: null } }),
    ).rejects.toThrow();
    await client.query({ query: CurrentUserQuery });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});

/** The answer of a server whose database is out of reach, as HttpLink hands it on. */
function unavailable(): ServerError {
  const bodyText = JSON.stringify({
    errors: [{ message: 'unavailable', extensions: { code: ErrorCode.UNAVAILABLE } }],
  });
  return new ServerError('Response not successful: Received status code 503', {
    response: new Response(bodyText, { status: 503 }),
    bodyText,
  });
}

describe('retry link', () => {
  const variables = { status: null };
  const programmes = { data: { programmes: [] } };

  function retryingClient(mocks: MockLink.MockedResponse[]) {
    return new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.from([createRetryLink(1), new MockLink(mocks)]),
    });
  }

  it('sends a query met by UNAVAILABLE again until it is answered', async () => {
    const request = { query: ProgrammesQuery, variables };
    const client = retryingClient([
      { request, error: unavailable() },
      { request, error: unavailable() },
      { request, result: programmes },
    ]);
    const { data } = await client.query({ query: ProgrammesQuery, variables });
    expect(data).toEqual({ programmes: [] });
  });

  it('gives up after a few tries, and never repeats a mutation', async () => {
    const request = { query: ProgrammesQuery, variables };
    const client = retryingClient([
      ...Array.from({ length: 4 }, () => ({ request, error: unavailable() })),
      { request, result: programmes },
    ]);
    await expect(client.query({ query: ProgrammesQuery, variables })).rejects.toThrow(/503/);

    const credentials = { email: 'observer@spilno.test', password: 'a-password' };
    const signIn = { query: SignInMutation, variables: credentials };
    const once = retryingClient([
      { request: signIn, error: unavailable() },
      { request: signIn, result: { data: { signIn: { __typename: 'User', id: 'u1' } } } },
    ]);
    await expect(once.mutate({ mutation: SignInMutation, variables: credentials })).rejects.toThrow(
      /503/,
    );
  });
});
