import { Dexie, type EntityTable } from 'dexie';
import type { OutboxItem } from './types';

/** The outbox's IndexedDB database: queued writes of every user of this browser. */
export class OutboxDatabase extends Dexie {
  items!: EntityTable<OutboxItem, 'seq'>;

  constructor(name = 'spilno-outbox') {
    super(name);
    // [userId+seq] lists one user's items in the order they were queued.
    this.version(1).stores({ items: '++seq, &key, [userId+seq]' });
  }
}
