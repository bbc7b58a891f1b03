import { Outlet } from 'react-router';
import { lazyNamed } from '../../../ui/lazyNamed';
import { useCurrentUser, type ViewerAbility } from '../hooks/useCurrentUser';

// Seldom shown, and this gate is part of the router on the first screen: loaded when needed.
const ForbiddenPage = lazyNamed(() => import('../../../pages/ForbiddenPage'), 'ForbiddenPage');

export interface RequireAbilityProps {
  /** The ability of `me.viewerCan` the section needs. */
  ability: ViewerAbility;
}

/**
 * Hides sections the viewer cannot use, as the server says (`me.viewerCan`). Only a
 * courtesy: the server refuses the data anyway.
 */
export function RequireAbility({ ability }: RequireAbilityProps) {
  const user = useCurrentUser();
  return user.viewerCan[ability] ? <Outlet /> : <ForbiddenPage />;
}
