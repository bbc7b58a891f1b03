import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { PublicProgramme } from './public.types';

@Resolver()
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
}
