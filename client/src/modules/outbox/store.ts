import { Dexie, liveQuery, type Observable } from 'dexie';
import { OutboxDatabase } from './db';
import type { OutboxDraft, OutboxItem, OutboxState } from './types';

/** A file's bytes; through FileReader where Blob lacks arrayBuffer() (older engines, jsdom). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The queued writes of one browser, each user's apart: every read names the user, so a
 * session never lists or sends another user's work.
 */
export class OutboxStore {
  constructor(readonly db: OutboxDatabase = new OutboxDatabase()) {}

  async add(userId: string, draft: OutboxDraft, now = Date.now()): Promise<OutboxItem> {
    const files = await Promise.all(
      (draft.files ?? []).map(async (file) => ({
        name: file.name,
        type: file.type,
        bytes: await readBytes(file),
        uploaded: false,
      })),
    );
    const item: OutboxItem = {
      key: draft.key ?? crypto.randomUUID(),
      userId,
      kind: draft.kind,
      title: draft.title,
      path: draft.path,
      operation: draft.operation,
      variables: draft.variables,
      attach: draft.attach,
      files,
      state: 'waiting',
      reason: null,
      resultId: draft.resultId ?? null,
      attempts: 0,
      createdAt: now,
      updatedAt: now,
    };
    item.seq = await this.db.items.add(item);
    return item;
  }

  /** The user's items in the order they were queued. */
  list(userId: string): Promise<OutboxItem[]> {
    return this.db.items
      .where('[userId+seq]')
      .between([userId, Dexie.minKey], [userId, Dexie.maxKey])
      .toArray();
  }

  /** The user's items as they change, for the outbox page and the badge. */
  watch(userId: string): Observable<OutboxItem[]> {
    return liveQuery(() => this.list(userId));
  }

  /** The first item still to send; one left `sending` by a closed tab is sent again. */
  async next(userId: string): Promise<OutboxItem | undefined> {
    const items = await this.list(userId);
    return items.find((item) => item.state === 'waiting' || item.state === 'sending');
  }

  async get(userId: string, seq: number): Promise<OutboxItem | undefined> {
    const item = await this.db.items.get(seq);
    return item?.userId === userId ? item : undefined;
  }

  async update(
    item: OutboxItem,
    changes: Partial<Pick<OutboxItem, 'state' | 'reason' | 'resultId' | 'attempts' | 'files'>>,
    now = Date.now(),
  ): Promise<OutboxItem> {
    const updated = { ...item, ...changes, updatedAt: now };
    if (item.seq !== undefined) await this.db.items.put(updated);
    return updated;
  }

  async setState(item: OutboxItem, state: OutboxState, reason: string | null = null) {
    return this.update(item, { state, reason });
  }

  /** Puts a refused item back in line, e.g. after the user fixed the record it collided with. */
  async retry(userId: string, seq: number): Promise<void> {
    const item = await this.get(userId, seq);
    if (item?.state === 'attention') await this.update(item, { state: 'waiting', reason: null });
  }

  async discard(userId: string, seq: number): Promise<void> {
    const item = await this.get(userId, seq);
    if (item) await this.db.items.delete(seq);
  }

  async clearSent(userId: string): Promise<void> {
    const sent = (await this.list(userId)).filter((item) => item.state === 'sent');
    await this.db.items.bulkDelete(
      sent.flatMap((item) => (item.seq === undefined ? [] : [item.seq])),
    );
  }
}

let shared: OutboxStore | null = null;

/** The app's one store, opened on first use. */
export function outboxStore(): OutboxStore {
  shared ??= new OutboxStore();
  return shared;
}
