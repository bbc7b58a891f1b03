import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { ProgrammeDashboard } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  @Authorized()
  @Query(() => ProgrammeDashboard, { description: "A programme's progress figures." })
  programmeDashboard(@Arg('programmeId', () => ID) programmeId: string, @Ctx() ctx: Context) {
    return ctx.services.dashboard.forProgramme(signedIn(ctx), programmeId, ctx.loaders);
  }
}
