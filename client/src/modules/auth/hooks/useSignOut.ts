import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useDeferredClient } from '../../../ui/deferredClient';
import { SignOutMutation } from '../graphql/auth';
import { SIGN_IN_PATH } from '../nextPath';

/**
 * Ends the session, leaves the signed-in area, then forgets everything cached for this user.
 * The client comes through the loader so this hook, exported beside the sign-in form, brings
 * none of Apollo's code to the sign-in page.
 */
export function useSignOut(): () => Promise<void> {
  const loadClient = useDeferredClient();
  const navigate = useNavigate();

  return useCallback(async () => {
    const client = await loadClient();
    try {
      await client.mutate({ mutation: SignOutMutation });
    } catch {
      // The session may already have expired; leaving is still the right outcome.
    }
    // Navigate first so no signed-in page re-renders against an emptied cache.
    await navigate(SIGN_IN_PATH, { replace: true });
    await client.clearStore();
  }, [loadClient, navigate]);
}
