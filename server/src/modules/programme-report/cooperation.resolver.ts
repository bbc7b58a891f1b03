import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ProgrammeDashboard, readableFigures } from '../dashboard/public';
import { ProgrammeCooperation } from './cooperation.types';

/** The printed report's cooperation summaries, checked for themselves (see readableFigures). */
@Resolver(() => ProgrammeDashboard)
export class CooperationResolver {
  @FieldResolver(() => ProgrammeCooperation, {
    description: 'Twinning, monitoring and reporting summaries of the progress report.',
  })
  async cooperation(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.programmeReport.cooperation(await readableFigures(dashboard, ctx));
  }
}
