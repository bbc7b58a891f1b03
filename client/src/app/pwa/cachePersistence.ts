import { ApolloLink, type ApolloCache, type NormalizedCacheObject } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { Observable } from 'rxjs';
import { isNetworkFailure } from '../../ui/errors';
import { lastAnswerTime, noteAnswer, noteNoAnswer } from './offlineState';

/** Which user's copy to read before the server has said who is signed in. */
const LAST_USER_KEY = 'spilno.offline.user';
/** Answers often come in bursts (a page's queries): one save after the burst. */
const SAVE_DELAY_MS = 1500;

const snapshots = () => import('./cacheSnapshots');

function isQuery(document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) => definition.kind === 'OperationDefinition' && definition.operation === 'query',
  );
}

/** The signed-in user's id, from the cache's `me`, which every signed-in page has read. */
export function cachedUserId(data: NormalizedCacheObject): string | null {
  const root = data.ROOT_QUERY as { me?: { __ref?: unknown } } | undefined;
  const ref = root?.me?.__ref;
  if (typeof ref !== 'string') return null;
  const separator = ref.indexOf(':');
  return separator < 0 ? null : ref.slice(separator + 1);
}

/** The kept copy under what is in memory: each record's fields, the fresher ones winning. */
export function mergeSnapshot(
  current: NormalizedCacheObject,
  kept: NormalizedCacheObject,
): NormalizedCacheObject {
  const merged: NormalizedCacheObject = { ...kept };
  for (const [id, record] of Object.entries(current)) {
    merged[id] = { ...(kept[id] ?? {}), ...record };
  }
  return merged;
}

function storedUser(): string | null {
  try {
    return localStorage.getItem(LAST_USER_KEY);
  } catch {
    return null;
  }
}

/**
 * Keeps a copy of the signed-in user's cache in IndexedDB and, when a query gets no answer,
 * answers it from that copy if the copy holds all of it: pages the user has opened stay
 * readable offline, marked as of the time of the copy. Online, queries go to the server as
 * before; the copy is only read when there is no answer.
 */
export function createCachePersistenceLink(cache: ApolloCache): ApolloLink {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let restored: Promise<number | null> | null = null;

  const save = () => {
    timer = null;
    const data = cache.extract() as NormalizedCacheObject;
    const userId = cachedUserId(data);
    if (!userId) return;
    try {
      localStorage.setItem(LAST_USER_KEY, userId);
    } catch {
      // Private mode: the copy is still saved, it is just not found before `me` is read.
    }
    const savedAt = lastAnswerTime() ?? Date.now();
    void snapshots().then(({ saveSnapshot }) => saveSnapshot({ userId, data, savedAt }));
  };
  const scheduleSave = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };

  /** Merges the copy into the cache once per page load; answers its time, or null. */
  const restore = () =>
    (restored ??= (async () => {
      const current = cache.extract() as NormalizedCacheObject;
      const userId = cachedUserId(current) ?? storedUser();
      if (!userId) return null;
      const snapshot = await (await snapshots()).readSnapshot(userId);
      if (!snapshot) return null;
      const kept = snapshot.data as NormalizedCacheObject;
      // A copy of someone else than who is signed in here is never shown.
      const keptUser = cachedUserId(kept);
      if (keptUser !== userId) return null;
      cache.restore(mergeSnapshot(cache.extract() as NormalizedCacheObject, kept));
      return snapshot.savedAt;
    })().catch(() => null));

  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        const subscription = forward(operation).subscribe({
          next: (result) => {
            noteAnswer();
            scheduleSave();
            observer.next(result);
          },
          error: (error: unknown) => {
            if (!isNetworkFailure(error)) {
              observer.error(error);
              return;
            }
            if (!isQuery(operation.query)) {
              noteNoAnswer();
              observer.error(error);
              return;
            }
            void restore().then((savedAt) => {
              const data = cache.readQuery({
                query: operation.query,
                variables: operation.variables,
              });
              noteNoAnswer(savedAt);
              if (data) {
                observer.next({ data });
                observer.complete();
              } else {
                observer.error(error);
              }
            });
          },
          complete: () => observer.complete(),
        });
        return () => subscription.unsubscribe();
      }),
  );
}

/** Forgets the user's copy, as signing out does. */
export async function forgetCachedUser(userId: string): Promise<void> {
  try {
    if (localStorage.getItem(LAST_USER_KEY) === userId) localStorage.removeItem(LAST_USER_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
  await (await snapshots()).deleteSnapshot(userId);
}
