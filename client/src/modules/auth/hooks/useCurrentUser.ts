import { createContext, use } from 'react';
import type { CurrentUserFieldsFragment } from '../../../generated/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

/** What the signed-in user may do beyond one record, named after the page or mutation. */
export type ViewerAbility = Exclude<keyof CurrentUser['viewerCan'], '__typename'>;

/** Provided by RequireAuth, so every page below it has a signed-in user. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used below RequireAuth');
  return user;
}

/** The signed-in user, or null outside the signed-in area (and in tests of a lone form). */
export function useOptionalCurrentUser(): CurrentUser | null {
  return use(CurrentUserContext);
}
