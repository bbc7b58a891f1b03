import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/** Fetches the open programme again, e.g. after a CONFLICT or a change to one of its lists. */
export function useReloadProgramme(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.refetchQueries({ include: ['Programme'] });
  }, [client]);
}
