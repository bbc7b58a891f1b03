/**
 * What other modules use of the outbox. The store and the runner (and Dexie with them) load on
 * first use, so no page carries them before it queues or shows a write.
 */
import type { OutboxDraft, OutboxItem } from './types';

export { shouldQueue } from './classify';
import { lazyNamed } from '../../ui/lazyNamed';

/** The frame's parts load after it, so the dashboard's first download carries neither. */
export const OutboxButton = lazyNamed(() => import('./components/OutboxButton'), 'OutboxButton');
export const OutboxHost = lazyNamed(() => import('./components/OutboxHost'), 'OutboxHost');
export { QueuedNotice } from './components/QueuedNotice';
export { newIdempotencyKey, useQueueWrite } from './hooks/useQueueWrite';
export type { OutboxDraft, OutboxItem } from './types';

const runtime = () => import('./runtime');

/** Keeps a write whose request found no network, to be sent when the connection returns. */
export async function queueWrite(userId: string, draft: OutboxDraft): Promise<OutboxItem> {
  return (await runtime()).queueWrite(userId, draft);
}
