import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { mayReadPortfolio } from './portfolio.policy';
import { PortfolioEntry } from './portfolio.types';

@Resolver()
export class PortfolioResolver {
  @Authorized(mayReadPortfolio)
  @Query(() => [PortfolioEntry], {
    description: 'Every programme you may read, with progress, overdue work and events.',
  })
  portfolio(@Ctx() ctx: Context): Promise<PortfolioEntry[]> {
    return ctx.services.portfolio.list(signedIn(ctx));
  }
}
