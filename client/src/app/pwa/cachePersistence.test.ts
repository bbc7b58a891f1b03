import 'fake-indexeddb/auto';
import { ApolloClient, ApolloLink, gql } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createCache } from '../apollo';
import { cachedUserId, createCachePersistenceLink, mergeSnapshot } from './cachePersistence';
import { saveSnapshot } from './cacheSnapshots';
import { offlineState } from './offlineState';

const ME = gql`
  query Me {
    me {
      id
      name
    }
  }
`;
const PROGRAMME = gql`
  query Programme($id: ID!) {
    programme(id: $id) {
      id
      title
      viewerCan {
        edit
        addCoordinator
      }
    }
  }
`;
const EVENTS_TAB = gql`
  query EventsTab($id: ID!) {
    programme(id: $id) {
      id
      viewerCan {
        logEvent
      }
    }
  }
`;

const offline = new ApolloLink(
  () => new Observable((observer) => observer.error(new TypeError('Failed to fetch'))),
);

/** A client that is offline: every request fails as fetch does without a network. */
function offlineClient() {
  const cache = createCache();
  return new ApolloClient({
    cache,
    link: ApolloLink.from([createCachePersistenceLink(cache), offline]),
  });
}

function keptCache(userId: string) {
  const cache = createCache();
  cache.writeQuery({ query: ME, data: { me: { __typename: 'User', id: userId, name: 'Iryna' } } });
  cache.writeQuery({
    query: PROGRAMME,
    variables: { id: 'p1' },
    data: {
      programme: {
        __typename: 'Programme',
        id: 'p1',
        title: 'Kharkiv–Belgorod',
        viewerCan: { __typename: 'ProgrammeAbilities', edit: false, addCoordinator: false },
      },
    },
  });
  // Another page asks the same object for other abilities; both stay.
  cache.writeQuery({
    query: EVENTS_TAB,
    variables: { id: 'p1' },
    data: {
      programme: {
        __typename: 'Programme',
        id: 'p1',
        viewerCan: { __typename: 'ProgrammeAbilities', logEvent: true },
      },
    },
  });
  return cache.extract();
}

describe('cache persistence', () => {
  it('answers a query without a network from the signed-in user’s kept copy, with its age', async () => {
    const userId = `user-${crypto.randomUUID()}`;
    await saveSnapshot({ userId, data: keptCache(userId), savedAt: 1_000 });
    localStorage.setItem('spilno.offline.user', userId);

    const client = offlineClient();
    const me = await client.query({ query: ME });
    expect(me.data).toMatchObject({ me: { id: userId } });
    const programme = await client.query({ query: PROGRAMME, variables: { id: 'p1' } });
    expect(programme.data).toMatchObject({
      programme: { title: 'Kharkiv–Belgorod', viewerCan: { edit: false, addCoordinator: false } },
    });
    expect(offlineState()).toEqual({ offline: true, asOf: 1_000 });
  });

  it('never shows one user’s copy to another, nor a query the copy lacks', async () => {
    const userId = `user-${crypto.randomUUID()}`;
    // The copy saved under this user's id is someone else's cache.
    await saveSnapshot({ userId, data: keptCache('someone-else'), savedAt: 1_000 });
    localStorage.setItem('spilno.offline.user', userId);

    const client = offlineClient();
    await expect(client.query({ query: ME })).rejects.toThrow(TypeError);
    await expect(
      offlineClient().query({ query: PROGRAMME, variables: { id: 'elsewhere' } }),
    ).rejects.toThrow(TypeError);
  });

  it('reads whose copy it is from `me`, and keeps fresher fields over kept ones', () => {
    const kept = keptCache('u1');
    expect(cachedUserId(kept)).toBe('u1');
    const merged = mergeSnapshot({ 'Programme:p1': { title: 'Renamed' } }, kept);
    expect(merged['Programme:p1']).toMatchObject({ id: 'p1', title: 'Renamed' });
  });
});
