import { classifyOutboxFailure, refusalReason } from './classify';
import { sendItem, type SendSteps } from './send';
import type { OutboxStore } from './store';
import type { OutboxItem } from './types';

export interface RunnerOptions {
  store: OutboxStore;
  userId: string;
  steps: Omit<SendSteps, 'save'>;
  /** After an item was sent: pages refresh what they show. */
  onSent?: (item: OutboxItem) => void;
  /** First pause after a failed try; it doubles up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Where `online` events come from; none in tests that drive the runner by hand. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Sends one user's queued writes in the order they were queued, one at a time: when started,
 * when the browser comes back online, when a write is queued, and after a failed try at a
 * growing interval. A refused write is set aside for the user and the next one is sent; a lost
 * connection stops the round so that nothing overtakes the write that is waiting.
 */
export class OutboxRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: RunnerOptions) {}

  start(): void {
    this.options.events?.addEventListener('online', this.kick);
    void this.kick();
  }

  stop(): void {
    this.stopped = true;
    this.options.events?.removeEventListener('online', this.kick);
    this.clearTimer();
  }

  /** Starts a round now, or another one right after the current. */
  readonly kick = (): Promise<void> => {
    if (this.stopped) return Promise.resolve();
    this.clearTimer();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.kick();
      }
    });
    return this.running;
  };

  /** The pause before the next try after `failures` failed ones in a row. */
  delayAfter(failures: number): number {
    const initial = this.options.initialDelayMs ?? 2000;
    const max = this.options.maxDelayMs ?? 60_000;
    return Math.min(max, initial * 2 ** Math.max(0, failures - 1));
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async drain(): Promise<void> {
    const { store, userId, steps, onSent } = this.options;
    for (;;) {
      if (this.stopped) return;
      const next = await store.next(userId);
      if (!next) {
        this.failures = 0;
        return;
      }
      const sending = await store.setState(next, 'sending');
      const save = (item: OutboxItem) =>
        store.update(item, { resultId: item.resultId, files: item.files });
      const result = await sendItem(sending, { ...steps, save });
      const attempts = result.item.attempts + 1;
      if (result.ok) {
        this.failures = 0;
        const sent = await store.update(result.item, { state: 'sent', reason: null, attempts });
        onSent?.(sent);
        continue;
      }
      const kind = classifyOutboxFailure(result.failure);
      if (kind === 'attention') {
        const reason = refusalReason(result.failure);
        await store.update(result.item, { state: 'attention', reason, attempts });
        continue;
      }
      await store.update(result.item, { state: 'waiting', attempts });
      // Signed out: the same user's next session starts a new runner.
      if (kind === 'signedOut') return;
      this.failures += 1;
      if (!this.stopped) {
        this.timer = setTimeout(() => void this.kick(), this.delayAfter(this.failures));
      }
      return;
    }
  }
}
