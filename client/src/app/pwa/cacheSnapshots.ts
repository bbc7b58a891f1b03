import { Dexie, type EntityTable } from 'dexie';

/** A copy of one user's Apollo cache, and the time of the answer it is current as of. */
export interface CacheSnapshot {
  userId: string;
  data: Record<string, unknown>;
  savedAt: number;
}

class SnapshotDatabase extends Dexie {
  snapshots!: EntityTable<CacheSnapshot, 'userId'>;

  constructor() {
    super('spilno-cache');
    this.version(1).stores({ snapshots: 'userId' });
  }
}

let db: SnapshotDatabase | null = null;
const open = () => (db ??= new SnapshotDatabase());

export async function saveSnapshot(snapshot: CacheSnapshot): Promise<void> {
  await open().snapshots.put(snapshot);
}

export async function readSnapshot(userId: string): Promise<CacheSnapshot | undefined> {
  return open().snapshots.get(userId);
}

export async function deleteSnapshot(userId: string): Promise<void> {
  await open().snapshots.delete(userId);
}
