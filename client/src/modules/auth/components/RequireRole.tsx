import type { Role } from '@spilno/shared';
import type { EnumValue } from '../../../ui/enums';
import { Outlet } from 'react-router';
import { ForbiddenPage } from '../../../pages/ForbiddenPage';
import { useCurrentUser } from '../hooks/useCurrentUser';

export interface RequireRoleProps {
  /** The role, or any of the roles, that may see the section. */
  role: EnumValue<Role> | readonly EnumValue<Role>[];
}

/**
 * Hides sections a role cannot use. Only a courtesy: the server refuses the data anyway.
 */
export function RequireRole({ role }: RequireRoleProps) {
  const user = useCurrentUser();
  const allowed = typeof role === 'string' ? [role] : role;
  return allowed.includes(user.role) ? <Outlet /> : <ForbiddenPage />;
}
