import { FieldResolver, Resolver, Root } from 'type-graphql';
import { UserAbilities } from '../users/public';
import { mayApply, mayManageCalls } from './calls.policy';

/**
 * The account-wide abilities of calls, added to `User.viewerCan` by the module whose rules
 * they are, so the users module needs nothing of calls.
 */
@Resolver(() => UserAbilities)
export class UserCallsAbilityResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether createCall (and evaluating applications) passes the permission check.',
  })
  createCall(@Root() abilities: UserAbilities): boolean {
    return mayManageCalls(abilities.person);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether applyToCall passes the permission check for your own organisation.',
  })
  applyToCalls(@Root() abilities: UserAbilities): boolean {
    return mayApply(abilities.person);
  }
}
