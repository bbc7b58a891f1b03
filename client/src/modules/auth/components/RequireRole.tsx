import type { Role } from '@spilno/shared';
import { Outlet } from 'react-router';
import { ForbiddenPage } from '../../../pages/ForbiddenPage';
import { useCurrentUser } from '../hooks/useCurrentUser';

export interface RequireRoleProps {
  role: Role;
}

/**
 * Hides sections a role cannot use. Only a courtesy: the server refuses the data anyway.
 */
export function RequireRole({ role }: RequireRoleProps) {
  const user = useCurrentUser();
  return user.role === role ? <Outlet /> : <ForbiddenPage />;
}
