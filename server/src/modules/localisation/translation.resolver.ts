import { LIST_LIMITS } from '@spilno/shared';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { checkedLimit, RootLimitArg } from '../../common/list-limit';
import { MissingTranslation } from './missing-translation.types';
import { missingTranslations } from './missing-translations';

@Resolver()
export class TranslationResolver {
  @Authorized()
  @Query(() => [MissingTranslation], {
    description:
      'Titles and texts of a programme, its actions and events that lack a translation into ' +
      'one of its working languages; for its coordinators and admins. The first ' +
      `${LIST_LIMITS.missingTranslations.default} unless \`limit\` asks for more.`,
  })
  async missingTranslations(
    @Arg('programmeId', () => ID) programmeId: string,
    @RootLimitArg(LIST_LIMITS.missingTranslations) limit: number,
    @Ctx() ctx: Context,
  ): Promise<MissingTranslation[]> {
    const programme = await ctx.services.policy.coordinatedProgramme(signedIn(ctx), programmeId);
    return missingTranslations(
      ctx.services.dataSource,
      programme,
      checkedLimit(LIST_LIMITS.missingTranslations, limit),
    );
  }
}
