import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { MissingTranslation } from './missing-translation.types';
import { missingTranslations } from './missing-translations';

@Resolver()
export class TranslationResolver {
  @Authorized()
  @Query(() => [MissingTranslation], {
    description:
      'Titles and texts of a programme, its actions and events that lack a translation into ' +
      'one of its working languages; for its coordinators and admins.',
  })
  async missingTranslations(
    @Arg('programmeId', () => ID) programmeId: string,
    @Ctx() ctx: Context,
  ): Promise<MissingTranslation[]> {
    const programme = await ctx.services.policy.coordinatedProgramme(signedIn(ctx), programmeId);
    return missingTranslations(ctx.services.dataSource, programme);
  }
}
