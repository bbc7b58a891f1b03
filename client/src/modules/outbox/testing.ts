import { OutboxDatabase } from './db';
import { OutboxStore } from './store';
import type { OutboxDraft } from './types';

/** A store on a database of its own, so tests never see each other's items. */
export function freshStore(): OutboxStore {
  return new OutboxStore(new OutboxDatabase(`outbox-test-${crypto.randomUUID()}`));
}

export const LOG_EVENT_OPERATION =
  'mutation LogEvent($programmeId: ID!, $input: EventInput!, $idempotencyKey: String) { logEvent(programmeId: $programmeId, input: $input, idempotencyKey: $idempotencyKey) { id } }';

export function eventDraft(title: string, files: File[] = []): OutboxDraft {
  return {
    kind: 'event',
    title,
    path: '/programmes/p1/events',
    operation: LOG_EVENT_OPERATION,
    variables: { programmeId: 'p1', input: { title } },
    attach: { owner: 'eventId', resultField: 'logEvent' },
    files,
  };
}
