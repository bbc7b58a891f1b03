import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { UserRowFieldsFragment } from '../../../generated/graphql';
import { SetUserActiveMutation } from '../graphql/users';

export interface UserActivation {
  busy: boolean;
  error: unknown;
  clearError: () => void;
  /** Resolves true when the server accepted the change. */
  setActive: (user: UserRowFieldsFragment, active: boolean) => Promise<boolean>;
}

/**
 * Sends the version the table showed, so a change made meanwhile by someone else is
 * refused with CONFLICT rather than silently overwritten.
 */
export function useUserActivation(): UserActivation {
  const [mutate, { loading }] = useMutation(SetUserActiveMutation);
  const [error, setError] = useState<unknown>(null);

  const setActive = useCallback(
    async (user: UserRowFieldsFragment, active: boolean) => {
      setError(null);
      try {
        await mutate({ variables: { id: user.id, version: user.version, active } });
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      }
    },
    [mutate],
  );

  return { busy: loading, error, clearError: () => setError(null), setActive };
}
