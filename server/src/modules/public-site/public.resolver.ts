import { LIST_LIMITS } from '@spilno/shared';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { LimitArg } from '../../common/list-limit';
import { PublicAction, PublicEvent, PublicProgramme, PublicTwinning } from './public.types';

@Resolver(() => PublicProgramme)
export class PublicSiteResolver {
  // The one query open to anonymous readers: everything it returns is built for the public.
  @Query(() => PublicProgramme, {
    nullable: true,
    description: 'The public page of a programme; no sign-in; null unless it is published.',
  })
  publicProgramme(
    @Arg('code') code: string,
    @Arg('language', () => String, {
      nullable: true,
      description: 'e.g. en; falls back to the programme’s first working language.',
    })
    language: string | null,
    @Ctx() ctx: Context,
  ): Promise<PublicProgramme | null> {
    return ctx.services.publicSite.programme(code, language ?? null);
  }

  @FieldResolver(() => [PublicAction], {
    description: `Top-level actions by code: the first ${LIST_LIMITS.publicActions.default} unless \`limit\` asks for more.`,
  })
  actions(
    @Root() programme: PublicProgramme,
    @LimitArg(LIST_LIMITS.publicActions) limit: number,
  ): PublicAction[] {
    // The roll-up of the overall progress read the plan already; no need to read it again.
    return programme.topActions.slice(0, limit);
  }

  @FieldResolver(() => [PublicEvent], {
    description: `HELD events, latest first: the latest ${LIST_LIMITS.publicEvents.default} unless \`limit\` asks for more.`,
  })
  events(
    @Root() programme: PublicProgramme,
    @LimitArg(LIST_LIMITS.publicEvents) limit: number,
    @Ctx() ctx: Context,
  ): Promise<PublicEvent[]> {
    return ctx.services.publicSite.events(programme, limit);
  }

  @FieldResolver(() => [PublicTwinning], {
    description: `ACTIVE twinning relations, oldest first: the first ${LIST_LIMITS.publicTwinning.default} unless \`limit\` asks for more.`,
  })
  twinning(
    @Root() programme: PublicProgramme,
    @LimitArg(LIST_LIMITS.publicTwinning) limit: number,
    @Ctx() ctx: Context,
  ): Promise<PublicTwinning[]> {
    return ctx.services.publicSite.twinning(programme, limit);
  }
}
