import 'fake-indexeddb/auto';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@spilno/shared';
import { describe, expect, it, vi } from 'vitest';
import { classifyFailure, classifyOutboxFailure, shouldQueue } from './classify';
import { OutboxRunner } from './runner';
import { UploadError, type RunMutation, type UploadFile } from './send';
import { eventDraft, freshStore } from './testing';

function graphQLError(code: ErrorCode) {
  return new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code } }] });
}

const offline = () => new TypeError('Failed to fetch');

/** A server that records what it was sent and answers each call from `answers` in turn. */
function fakeServer(answers: (() => unknown)[] = []) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const uploads: { target: Record<string, string>; name: string; key: string; size: number }[] = [];
  let n = 0;
  const run: RunMutation = async (operation, variables) => {
    calls.push({ operation, variables });
    const answer = answers[n++];
    if (answer) {
      const thrown = answer();
      if (thrown) throw thrown;
    }
    return { logEvent: { id: `event-${calls.length}` } };
  };
  const upload: UploadFile = async (target, file, key) => {
    uploads.push({ target, name: file.name, key, size: file.bytes.byteLength });
    return null;
  };
  return { calls, uploads, steps: { run, upload } };
}

describe('outbox store', () => {
  it('queues writes per user, in order, with a fresh idempotency key each', async () => {
    const store = freshStore();
    const first = await store.add('anna', eventDraft('Round table'));
    await store.add('bohdan', eventDraft('Fair'));
    const second = await store.add('anna', eventDraft('Workshop'));

    const annas = await store.list('anna');
    expect(annas.map((item) => item.title)).toEqual(['Round table', 'Workshop']);
    expect(annas.every((item) => item.state === 'waiting')).toBe(true);
    expect(first.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.key).not.toBe(second.key);
    expect((await store.list('bohdan')).map((item) => item.title)).toEqual(['Fair']);
  });

  it('keeps a file’s bytes, and survives reopening the database', async () => {
    const store = freshStore();
    const photo = new File([new Uint8Array([1, 2, 3, 4])], 'photo.jpg', { type: 'image/jpeg' });
    await store.add('anna', eventDraft('Round table', [photo]));
    store.db.close();
    await store.db.open();
    const [item] = await store.list('anna');
    expect(item?.files[0]).toMatchObject({
      name: 'photo.jpg',
      type: 'image/jpeg',
      uploaded: false,
    });
    expect(new Uint8Array(item!.files[0]!.bytes)).toEqual(new Uint8Array([1, 2, 3, 4]));
  });

  it('never lets another user retry or discard an item', async () => {
    const store = freshStore();
    const item = await store.add('anna', eventDraft('Round table'));
    await store.setState(item, 'attention', ErrorCode.CONFLICT);
    await store.retry('bohdan', item.seq!);
    await store.discard('bohdan', item.seq!);
    expect((await store.list('anna'))[0]?.state).toBe('attention');
    await store.discard('anna', item.seq!);
    expect(await store.list('anna')).toEqual([]);
  });
});

describe('failure classification', () => {
  it('queues on a network failure only, never on an answer of the server', () => {
    expect(shouldQueue(offline())).toBe(true);
    expect(shouldQueue(graphQLError(ErrorCode.BAD_USER_INPUT))).toBe(false);
    expect(shouldQueue(graphQLError(ErrorCode.UNAVAILABLE))).toBe(false);
  });

  it('sets refusals aside, waits out outages and the signed-out', () => {
    expect(classifyFailure(graphQLError(ErrorCode.CONFLICT))).toBe('attention');
    expect(classifyFailure(graphQLError(ErrorCode.FORBIDDEN))).toBe('attention');
    expect(classifyFailure(graphQLError(ErrorCode.BAD_USER_INPUT))).toBe('attention');
    expect(classifyFailure(graphQLError(ErrorCode.UNAVAILABLE))).toBe('later');
    expect(classifyFailure(graphQLError(ErrorCode.UNAUTHENTICATED))).toBe('signedOut');
    expect(classifyOutboxFailure(new UploadError({ network: true }))).toBe('network');
    expect(
      classifyOutboxFailure(new UploadError({ network: false, code: ErrorCode.QUOTA_EXCEEDED })),
    ).toBe('attention');
  });
});

describe('outbox runner', () => {
  it('sends a user’s items in order with their keys, then their files, and marks them sent', async () => {
    const store = freshStore();
    const photo = new File([new Uint8Array(10)], 'photo.jpg', { type: 'image/jpeg' });
    const first = await store.add('anna', eventDraft('Round table', [photo]));
    const second = await store.add('anna', eventDraft('Workshop'));
    await store.add('bohdan', eventDraft('Not Anna’s'));
    const server = fakeServer();
    const sent: string[] = [];
    const runner = new OutboxRunner({
      store,
      userId: 'anna',
      steps: server.steps,
      onSent: (item) => sent.push(item.title),
    });

    await runner.kick();

    expect(server.calls.map((call) => call.variables.idempotencyKey)).toEqual([
      first.key,
      second.key,
    ]);
    expect(server.uploads).toEqual([
      { target: { eventId: 'event-1' }, name: 'photo.jpg', key: `${first.key}.0`, size: 10 },
    ]);
    expect(sent).toEqual(['Round table', 'Workshop']);
    const states = (await store.list('anna')).map((item) => item.state);
    expect(states).toEqual(['sent', 'sent']);
    expect((await store.list('bohdan'))[0]?.state).toBe('waiting');
  });

  it('stops at a lost connection, keeps the order, and retries later with the same key', async () => {
    const store = freshStore();
    const first = await store.add('anna', eventDraft('Round table'));
    await store.add('anna', eventDraft('Workshop'));
    const server = fakeServer([offline]);
    const runner = new OutboxRunner({
      store,
      userId: 'anna',
      steps: server.steps,
      initialDelayMs: 20,
      maxDelayMs: 200,
    });

    await runner.kick();
    expect(server.calls).toHaveLength(1);
    expect((await store.list('anna')).map((item) => item.state)).toEqual(['waiting', 'waiting']);
    expect([runner.delayAfter(1), runner.delayAfter(3), runner.delayAfter(20)]).toEqual([
      20, 80, 200,
    ]);

    await vi.waitFor(async () =>
      expect((await store.list('anna')).map((item) => item.state)).toEqual(['sent', 'sent']),
    );
    expect(server.calls.map((call) => call.variables.idempotencyKey)).toEqual([
      first.key,
      first.key,
      expect.any(String),
    ]);
    runner.stop();
  });

  it('keeps a refused write with its reason and goes on with the next', async () => {
    const store = freshStore();
    await store.add('anna', eventDraft('Stale progress'));
    await store.add('anna', eventDraft('Workshop'));
    const server = fakeServer([() => graphQLError(ErrorCode.CONFLICT)]);
    await new OutboxRunner({ store, userId: 'anna', steps: server.steps }).kick();

    const items = await store.list('anna');
    expect(items.map((item) => [item.state, item.reason])).toEqual([
      ['attention', ErrorCode.CONFLICT],
      ['sent', null],
    ]);

    await store.retry('anna', items[0]!.seq!);
    await new OutboxRunner({ store, userId: 'anna', steps: server.steps }).kick();
    expect((await store.list('anna'))[0]?.state).toBe('sent');
  });

  it('waits for the next session when the session ended, sending nothing more', async () => {
    const store = freshStore();
    await store.add('anna', eventDraft('Round table'));
    await store.add('anna', eventDraft('Workshop'));
    const server = fakeServer([() => graphQLError(ErrorCode.UNAUTHENTICATED)]);
    await new OutboxRunner({ store, userId: 'anna', steps: server.steps }).kick();
    expect(server.calls).toHaveLength(1);
    expect((await store.list('anna')).map((item) => item.state)).toEqual(['waiting', 'waiting']);

    // Another user's session never sends Anna's items.
    await new OutboxRunner({ store, userId: 'bohdan', steps: server.steps }).kick();
    expect(server.calls).toHaveLength(1);

    await new OutboxRunner({ store, userId: 'anna', steps: server.steps }).kick();
    expect((await store.list('anna')).map((item) => item.state)).toEqual(['sent', 'sent']);
  });

  it('after a lost upload answer sends only the files, not the event again', async () => {
    const store = freshStore();
    const photo = new File([new Uint8Array(3)], 'photo.jpg', { type: 'image/jpeg' });
    await store.add('anna', eventDraft('Round table', [photo]));
    const server = fakeServer();
    let uploadTries = 0;
    const upload: UploadFile = async (...args) => {
      uploadTries += 1;
      return uploadTries === 1 ? { network: true } : server.steps.upload(...args);
    };
    const runner = new OutboxRunner({ store, userId: 'anna', steps: { ...server.steps, upload } });
    await runner.kick();
    runner.stop();
    const [waiting] = await store.list('anna');
    expect(waiting).toMatchObject({ state: 'waiting', resultId: 'event-1' });

    await new OutboxRunner({ store, userId: 'anna', steps: { ...server.steps, upload } }).kick();
    expect(server.calls).toHaveLength(1);
    expect(server.uploads).toHaveLength(1);
    expect((await store.list('anna'))[0]?.state).toBe('sent');
  });
});
