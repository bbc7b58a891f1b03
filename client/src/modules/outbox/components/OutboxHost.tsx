import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useCurrentUser } from '../../auth/public';

/**
 * Sends the signed-in user's queued writes while the app's frame is open: a session that ends
 * unmounts it, and the next sign-in of the same user starts it again; another user's never
 * sends them.
 */
export function OutboxHost() {
  const client = useApolloClient();
  const { id } = useCurrentUser();
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('../runtime').then(({ startOutbox }) => {
      const started = startOutbox(id, client);
      if (cancelled) started();
      else stop = started;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [id, client]);
  return null;
}
