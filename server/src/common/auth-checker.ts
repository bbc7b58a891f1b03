import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';
import type { Person } from './viewer';

/**
 * A decision about who is asking that needs no record ("may manage users"), exported by a
 * feature's policy file. The same function gates the operation through `@Authorized(rule)`
 * and computes the matching field of `User.viewerCan`, so the two cannot drift.
 */
export type ViewerRule = (person: Person) => boolean;

/**
 * Gate for `@Authorized(...)`: signed in, and every rule named passes. Record scope ("is this
 * user's organisation a partner here?") is the policy module's job.
 */
export const authChecker: AuthChecker<Context, ViewerRule> = ({ context }, rules) => {
  const { user } = context;
  if (!user) throw new UnauthenticatedError();
  if (!rules.every((rule) => rule(user))) throw new ForbiddenError();
  return true;
};
