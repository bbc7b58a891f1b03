import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ProgrammeDashboard } from '../dashboard/dashboard.types';
import { ProgrammeCooperation } from './cooperation.types';

/** The printed report's cooperation summaries; the dashboard is only handed out when readable. */
@Resolver(() => ProgrammeDashboard)
export class CooperationResolver {
  @FieldResolver(() => ProgrammeCooperation, {
    description: 'Twinning, monitoring and reporting summaries of the progress report.',
  })
  cooperation(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.programmeReport.cooperation(dashboard.programmeId);
  }
}
