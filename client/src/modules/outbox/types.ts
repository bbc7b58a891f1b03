/** Where a queued write stands: waiting to be sent, being sent, sent, or refused and kept. */
export type OutboxState = 'waiting' | 'sending' | 'sent' | 'attention';

/** What the user did, for the outbox's list: each kind has its label in the `outbox` texts. */
export type OutboxKind = 'event' | 'progress' | 'issue' | 'report';

/**
 * A file queued with its record. The bytes are kept rather than the File itself: an ArrayBuffer
 * survives every browser's IndexedDB and a restart, where a stored Blob does not everywhere.
 */
export interface OutboxFile {
  name: string;
  type: string;
  bytes: ArrayBuffer;
  /** Set once the server has the file, so a repeat sends only the rest. */
  uploaded: boolean;
}

/** The record the files of an item are attached to, named by the mutation's result. */
export interface OutboxAttachTarget {
  /** The upload's query parameter, e.g. `eventId`. */
  owner: 'eventId' | 'twinningRelationId';
  /** The mutation's field whose `id` is that record, e.g. `logEvent`. */
  resultField: string;
}

export interface OutboxItem {
  /** Insertion order, which is also the sending order. */
  seq?: number;
  /** The idempotency key, chosen when the write was queued and sent with every try. */
  key: string;
  /** Only this user's sessions see or send the item. */
  userId: string;
  kind: OutboxKind;
  /** What the user recognises the write by, e.g. the event's title. */
  title: string;
  /** The page where the user can look at the record or redo the write. */
  path: string;
  /** The GraphQL mutation, as text; it declares `$idempotencyKey: String`. */
  operation: string;
  variables: Record<string, unknown>;
  attach?: OutboxAttachTarget;
  files: OutboxFile[];
  state: OutboxState;
  /** Why the server refused it (an error code), for `attention`. */
  reason: string | null;
  /** The id of the record the mutation wrote, once it succeeded; later tries upload only. */
  resultId: string | null;
  attempts: number;
  createdAt: number;
  updatedAt: number;
}

/** What a form hands over to queue: the outbox fills in the key, the user and the state. */
export type OutboxDraft = Pick<
  OutboxItem,
  'kind' | 'title' | 'path' | 'operation' | 'variables' | 'attach'
> & {
  files?: readonly File[];
  /** The record already written (only its files are to send). */
  resultId?: string | null;
  /** The key the form's own try was sent with: its answer may be the one that was lost. */
  key?: string;
};
