import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { readableFigures } from './readable-figures';
import { presentBudget, ProgrammeBudget } from '../action-plan/public';
import { Indicator } from '../indicators/public';
import { SideBalance } from './balance.types';
import { ProgrammeDashboard } from './dashboard.types';
import { ActionProgress, QuarterEventCount, QuarterIssueCount } from './figures.types';

/**
 * The dashboard's figures beyond the contract's counts, computed only when asked for. Each
 * checks that its programme is readable rather than trusting the root that handed out the
 * dashboard (see readableFigures).
 */
@Resolver(() => ProgrammeDashboard)
export class DashboardFiguresResolver {
  @FieldResolver(() => [ActionProgress], {
    description: 'Top-level actions by code with their rolled-up progress.',
  })
  async topActions(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.topActions(
      await readableFigures(dashboard, ctx),
      ctx.loaders,
    );
  }

  @FieldResolver(() => [QuarterEventCount], {
    description: 'HELD events per quarter, type and organising side; absent combinations are 0.',
  })
  async eventsPerQuarter(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.eventsPerQuarter(await readableFigures(dashboard, ctx));
  }

  @FieldResolver(() => [QuarterIssueCount], {
    description:
      'Monitoring issues by status at the end of each quarter from the first raised to now; absent statuses are 0.',
  })
  async issuesPerQuarter(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.issuesPerQuarter(await readableFigures(dashboard, ctx));
  }

  @FieldResolver(() => [Indicator], { description: 'Indicators with target and achieved.' })
  async indicators(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.indicators(await readableFigures(dashboard, ctx));
  }

  @FieldResolver(() => ProgrammeBudget, { description: 'Planned and spent, per partner and side.' })
  async budget(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return presentBudget(await ctx.loaders.budget.load(await readableFigures(dashboard, ctx)));
  }

  @FieldResolver(() => [SideBalance], {
    description: 'Cross-side balance: what each side contributed, in the order of the sides.',
  })
  async balance(@Root() dashboard: ProgrammeDashboard, @Ctx() ctx: Context) {
    return ctx.services.dashboardFigures.balance(
      await readableFigures(dashboard, ctx),
      ctx.loaders,
    );
  }
}
