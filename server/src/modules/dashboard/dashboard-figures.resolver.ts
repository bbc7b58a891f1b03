import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ProgrammeBudget } from '../action/budget';
import { Indicator } from '../indicator/indicator.entity';
import { SideBalance } from './balance.types';
import { ProgrammeDashboard } from './dashboard.types';
import { ActionProgress, QuarterEventCount, QuarterIssueCount } from './figures.types';

/**
 * The dashboard's figures beyond the contract's counts, computed only when asked for. The
 * dashboard itself is only handed out for a readable programme, so these need no check of
 * their own.
 */
@Resolver(() => ProgrammeDashboard)
export class DashboardFiguresResolver {
  @FieldResolver(() => [ActionProgress], {
    description: 'Top-level actions by code with their rolled-up progress.',
  })
  topActions(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.topActions(dashboard.programmeId);
  }

  @FieldResolver(() => [QuarterEventCount], {
    description: 'HELD events per quarter, type and organising side; absent combinations are 0.',
  })
  eventsPerQuarter(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.eventsPerQuarter(dashboard.programmeId);
  }

  @FieldResolver(() => [QuarterIssueCount], {
    description:
      'Monitoring issues by status at the end of each quarter from the first raised to now; absent statuses are 0.',
  })
  issuesPerQuarter(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.issuesPerQuarter(dashboard.programmeId);
  }

  @FieldResolver(() => [Indicator], { description: 'Indicators with target and achieved.' })
  indicators(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.indicators(dashboard.programmeId);
  }

  @FieldResolver(() => ProgrammeBudget, { description: 'Planned and spent, per partner and side.' })
  async budget(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    const programme = await ctx.services.dashboardFigures.currencyOf(dashboard.programmeId);
    return ctx.loaders.budget.load(programme);
  }

  @FieldResolver(() => [SideBalance], {
    description: 'Cross-side balance: what each side contributed, in the order of the sides.',
  })
  balance(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.balance(dashboard.programmeId);
  }
}
