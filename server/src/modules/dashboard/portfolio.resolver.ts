import { LIST_LIMITS } from '@spilno/shared';
import { Args, ArgsType, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { ListArgs } from '../../common/list-limit';
import { mayReadPortfolio } from './portfolio.policy';
import { PortfolioEntry } from './portfolio.types';

@ArgsType()
class PortfolioArgs extends ListArgs(LIST_LIMITS.portfolio) {}

@Resolver()
export class PortfolioResolver {
  @Authorized(mayReadPortfolio)
  @Query(() => [PortfolioEntry], {
    description: `Every programme you may read, with progress, overdue work and events; the latest start first: ${LIST_LIMITS.portfolio.default} unless \`limit\` asks for more, from \`offset\`.`,
  })
  portfolio(@Args() args: PortfolioArgs, @Ctx() ctx: Context): Promise<PortfolioEntry[]> {
    return ctx.services.portfolio.list(signedIn(ctx), args);
  }
}
