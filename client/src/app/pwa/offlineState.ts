/**
 * Whether the app is working from what it kept rather than from the server, and as of when:
 * the time of the last answer the kept data came from. Small and without dependencies, since
 * the Apollo link that feeds it is part of the first chunk.
 */
export interface OfflineState {
  /** The browser says it is offline, or the last request got no answer. */
  offline: boolean;
  /** When the data on screen last came from the server (ms), if known. */
  asOf: number | null;
}

let browserOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
let unanswered = false;
let lastAnswerAt: number | null = null;
let snapshotAt: number | null = null;
let state: OfflineState = { offline: browserOffline, asOf: null };
const listeners = new Set<() => void>();

function update(): void {
  const next: OfflineState = {
    offline: browserOffline || unanswered,
    asOf: lastAnswerAt ?? snapshotAt,
  };
  if (next.offline === state.offline && next.asOf === state.asOf) return;
  state = next;
  listeners.forEach((listener) => listener());
}

export function offlineState(): OfflineState {
  return state;
}

export function subscribeOfflineState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A request was answered: what is shown is current. */
export function noteAnswer(now = Date.now()): void {
  lastAnswerAt = now;
  unanswered = false;
  update();
}

/** A request got no answer; `keptAt` is when the data shown instead was saved, if it was. */
export function noteNoAnswer(keptAt: number | null = null): void {
  unanswered = true;
  if (keptAt !== null) snapshotAt = snapshotAt === null ? keptAt : Math.max(snapshotAt, keptAt);
  update();
}

/** The time of the last answer, which is when a saved copy of the cache is current as of. */
export function lastAnswerTime(): number | null {
  return lastAnswerAt;
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    browserOffline = false;
    update();
  });
  window.addEventListener('offline', () => {
    browserOffline = true;
    update();
  });
}
