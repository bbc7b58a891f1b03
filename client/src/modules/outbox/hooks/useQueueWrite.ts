import { useCallback } from 'react';
import { useOptionalCurrentUser } from '../../auth/public';
import type { OutboxDraft, OutboxItem } from '../types';

/** Queues a write of the signed-in user, to be sent when the connection returns. */
export function useQueueWrite(): (draft: OutboxDraft) => Promise<OutboxItem> {
  const id = useOptionalCurrentUser()?.id ?? null;
  return useCallback(
    async (draft: OutboxDraft) => {
      // Every form that queues is below the sign-in gate; without a user nothing is kept.
      if (id === null) throw new Error('No signed-in user to queue the write for');
      return (await import('../runtime')).queueWrite(id, draft);
    },
    [id],
  );
}

/** A key for a write's first try, kept with it if it has to be queued. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
