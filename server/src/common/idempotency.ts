import { Arg } from 'type-graphql';

/**
 * The optional `idempotencyKey` argument of a write an offline client may send twice: its
 * outbox cannot tell a request that was lost from one whose answer was lost, so it repeats
 * the request under the same key and the server answers the first result again.
 */
export function IdempotencyKeyArg() {
  return Arg('idempotencyKey', () => String, {
    nullable: true,
    description:
      'A client-chosen key (1–100 characters): a repeat with the same key by the same user returns the first result instead of writing again.',
  });
}
