import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { cachedUserId, forgetCachedUser } from '../../../app/pwa/cachePersistence';
import { SignOutMutation } from '../graphql/auth';
import { SIGN_IN_PATH } from '../nextPath';

/** Ends the session, leaves the signed-in area, then forgets everything cached for this user. */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutMutation);

  return useCallback(async () => {
    // Whose offline copy of the cache to forget; queued writes stay for the next sign-in.
    const userId = cachedUserId(client.cache.extract() as Parameters<typeof cachedUserId>[0]);
    try {
      await signOut();
    } catch {
      // The session may already have expired; leaving is still the right outcome.
    }
    // Navigate first so no signed-in page re-renders against an emptied cache.
    await navigate(SIGN_IN_PATH, { replace: true });
    await client.clearStore();
    if (userId) await forgetCachedUser(userId).catch(() => undefined);
  }, [client, navigate, signOut]);
}
