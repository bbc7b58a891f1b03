import crypto from 'node:crypto';
import { FieldMessage } from '@spilno/shared';
import { Arg } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError } from './errors';

/**
 * Idempotent writes. An offline client's outbox cannot tell a request that was lost from one
 * whose answer was lost, so it repeats the request under the key it chose for it, and the
 * server answers the first result again instead of writing a second record (or, for a
 * versioned update, answering CONFLICT because its own first write moved the version on).
 *
 * A key is claimed by the first statement of the write's own transaction (INSERT … ON
 * CONFLICT DO NOTHING into `idempotency_key`, keyed by user and key). A second request with
 * the same key waits on the first's uncommitted row in the unique index; the writes run at
 * READ COMMITTED, so once the first commits the second's insert finds the row, inserts
 * nothing, and that request rolls its own transaction back and answers the first's record.
 * Should the first fail and roll back, its claim goes with it and the second proceeds: only
 * a write that succeeded keeps its key, so a corrected retry may reuse it.
 *
 * A replay reads the record again through the caller's `replay`, which checks that the user
 * may still read it: a key is no way around the policy.
 */

export const IDEMPOTENCY_KEY_MAX = 100;
/** The header that carries the key of an upload, which is not a GraphQL request. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Keys are kept at least this long; the sweep deletes older ones. */
export const IDEMPOTENCY_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** The optional `idempotencyKey` argument of a write an offline client may send twice. */
export function IdempotencyKeyArg() {
  return Arg('idempotencyKey', () => String, {
    nullable: true,
    description: `A client-chosen key (1–${IDEMPOTENCY_KEY_MAX} characters): a repeat with the same key by the same user returns the first result instead of writing again.`,
  });
}

/** One write as the client asked for it: who, under which key, which operation with what. */
export interface IdempotentRequest {
  userId: string;
  key: string | null | undefined;
  /** The mutation's name: the same key on another mutation is a different request. */
  operation: string;
  /** Everything the operation was asked to do, as received. */
  args: unknown;
  /** The argument or header that carries the key, named in errors. */
  field?: string;
}

/** Runs `work` in the write's transaction; a service's write calls it exactly once. */
export type WriteTransaction = <R extends { id: string }>(
  work: (manager: EntityManager) => Promise<R>,
) => Promise<R>;

interface StoredKey {
  fingerprint: string;
  recordId: string | null;
}

/** Thrown inside a transaction whose key another request has already used; never escapes. */
class KeyTaken extends Error {}

/** `value` with object keys sorted and undefined members dropped, so equal inputs hash alike. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([name, member]) => [name, canonical(member)]));
  }
  return value;
}

/** A hash of the operation and its canonical arguments. */
export function fingerprintOf(operation: string, args: unknown): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([operation, canonical(args)]))
    .digest('hex');
}

/** The key, if it is 1..IDEMPOTENCY_KEY_MAX characters; else BAD_USER_INPUT naming `field`. */
export function checkedKey(key: string, field = 'idempotencyKey'): string {
  if (key.length < 1) throw BadInputError.field(field, FieldMessage.TOO_SHORT);
  if (key.length > IDEMPOTENCY_KEY_MAX) throw BadInputError.field(field, FieldMessage.TOO_LONG);
  return key;
}

export class IdempotentWrites {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `write` once per user and key: the first request runs it (its transaction claiming the
   * key), a repeat with the same operation and arguments answers `replay(id)` of the first's
   * record, and a repeat with anything else is BAD_USER_INPUT on the key. Without a key,
   * `write` simply runs.
   */
  async once<T extends { id: string }>(
    request: IdempotentRequest,
    replay: (id: string) => Promise<T>,
    write: (transaction: WriteTransaction) => Promise<T>,
  ): Promise<T> {
    if (request.key === null || request.key === undefined) {
      return write((work) => this.dataSource.transaction(work));
    }
    const field = request.field ?? 'idempotencyKey';
    const key = checkedKey(request.key, field);
    const fingerprint = fingerprintOf(request.operation, request.args);
    const answer = async (stored: StoredKey): Promise<T> => {
      if (stored.fingerprint !== fingerprint || !stored.recordId) {
        throw BadInputError.field(field, FieldMessage.TAKEN);
      }
      return replay(stored.recordId);
    };

    const first = await this.find(request.userId, key);
    if (first) return answer(first);
    try {
      return await write((work) =>
        this.dataSource.transaction(async (manager) => {
          if (!(await this.claim(manager, request.userId, key, fingerprint))) throw new KeyTaken();
          const result = await work(manager);
          await manager.query(
            'UPDATE idempotency_key SET "recordId" = $3 WHERE "userId" = $1 AND key = $2',
            [request.userId, key, result.id],
          );
          return result;
        }),
      );
    } catch (error) {
      if (!(error instanceof KeyTaken)) throw error;
    }
    // Lost the race to a request that committed meanwhile: its row is visible now.
    const winner = await this.find(request.userId, key);
    if (!winner) return this.once(request, replay, write);
    return answer(winner);
  }

  /** Deletes keys created before `cutoff`; answers how many. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM idempotency_key WHERE "createdAt" < $1',
      [cutoff],
    );
    return affected;
  }

  /** Deletes the keys past IDEMPOTENCY_RETENTION_MS. */
  purgeExpired(now = new Date()): Promise<number> {
    return this.purgeOlderThan(new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS));
  }

  private async find(userId: string, key: string): Promise<StoredKey | null> {
    const rows = await this.dataSource.query<StoredKey[]>(
      'SELECT fingerprint, "recordId" FROM idempotency_key WHERE "userId" = $1 AND key = $2',
      [userId, key],
    );
    return rows[0] ?? null;
  }

  /** Claims the key in the write's transaction; false when another request holds it. */
  private async claim(
    manager: EntityManager,
    userId: string,
    key: string,
    fingerprint: string,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO idempotency_key ("userId", key, fingerprint) VALUES ($1, $2, $3)
        ON CONFLICT DO NOTHING RETURNING key`,
      [userId, key, fingerprint],
    );
    return rows.length === 1;
  }
}
