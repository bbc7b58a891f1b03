import { useEffect, useState } from 'react';
import type { OutboxItem } from '../types';

/** The user's queued writes as they change; null until the outbox has been read. */
export function useOutboxItems(userId: string): OutboxItem[] | null {
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => undefined as void;
    void import('../store').then(({ outboxStore }) => {
      if (cancelled) return;
      const subscription = outboxStore()
        .watch(userId)
        .subscribe({ next: setItems, error: () => setItems([]) });
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [userId]);
  return items;
}

/** Items the user still waits for or has to look at: the badge's count. */
export function pendingCount(items: readonly OutboxItem[] | null): number {
  return items?.filter((item) => item.state !== 'sent').length ?? 0;
}
