import type { ApolloClient } from '@apollo/client';
import { parse } from 'graphql';
import { OutboxRunner } from './runner';
import { uploadWithFetch, type RunMutation } from './send';
import { outboxStore } from './store';
import type { OutboxDraft, OutboxItem } from './types';

/** The runner of the signed-in user; one per tab. */
let active: { userId: string; runner: OutboxRunner } | null = null;

/** Starts sending the user's queued writes; the answer stops it (sign-out, another user). */
export function startOutbox(userId: string, client: ApolloClient): () => void {
  active?.runner.stop();
  const run: RunMutation = async (operation, variables) => {
    const result = await client.mutate({ mutation: parse(operation), variables });
    return (result.data ?? {}) as Record<string, unknown>;
  };
  const runner = new OutboxRunner({
    store: outboxStore(),
    userId,
    steps: { run, upload: uploadWithFetch },
    // The pages showing the written records read them again.
    onSent: () => void client.refetchQueries({ include: 'active' }),
    events: window,
  });
  const mine = { userId, runner };
  active = mine;
  runner.start();
  return () => {
    runner.stop();
    if (active === mine) active = null;
  };
}

/** Queues a write of the user and starts sending it if the user's runner is on. */
export async function queueWrite(userId: string, draft: OutboxDraft): Promise<OutboxItem> {
  const item = await outboxStore().add(userId, draft);
  if (active?.userId === userId) void active.runner.kick();
  return item;
}

/** Sends the user's waiting writes now, e.g. after one was put back in line. */
export function sendNow(userId: string): void {
  if (active?.userId === userId) void active.runner.kick();
}
