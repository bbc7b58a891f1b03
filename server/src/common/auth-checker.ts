import type { Role } from '@spilno/shared';
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * Role gate for `@Authorized(...)`: signed in, and one of the roles when any are named.
 * Record scope ("is this user's organisation a partner here?") is the policy module's job.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.user) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.includes(context.user.role)) throw new ForbiddenError();
  return true;
};
