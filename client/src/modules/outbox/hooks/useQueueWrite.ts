import { useCallback } from 'react';
import { useCurrentUser } from '../../auth/public';
import type { OutboxDraft, OutboxItem } from '../types';

/** Queues a write of the signed-in user, to be sent when the connection returns. */
export function useQueueWrite(): (draft: OutboxDraft) => Promise<OutboxItem> {
  const { id } = useCurrentUser();
  return useCallback(
    async (draft: OutboxDraft) => (await import('../runtime')).queueWrite(id, draft),
    [id],
  );
}

/** A key for a write's first try, kept with it if it has to be queued. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
