import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { signedInViewer, type Context } from '../../common/context';
import { ProgrammeAbilities } from '../programmes/public';
import { mayLinkTwinningTo, mayProposeTwinning } from './twinning.policy';

/**
 * The programme's twinning ability, added to `Programme.viewerCan` by the module whose rule it
 * is: the programmes module then needs nothing of twinning's, and twinning's rules stay here.
 */
@Resolver(() => ProgrammeAbilities)
export class ProgrammeTwinningAbilityResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether createTwinningRelation naming this programme passes the permission check (for a partner: a relation of its own organisation).',
  })
  async proposeTwinning(@Root() abilities: ProgrammeAbilities, @Ctx() ctx: Context) {
    const viewer = signedInViewer(ctx);
    return mayProposeTwinning(viewer) && (await mayLinkTwinningTo(viewer, abilities.programmeId));
  }
}
