import { FieldMessage } from '@spilno/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { BadInputError } from '../../common/errors';
import { Programme } from '../programmes/public';
import { outlineIds } from './action-tree';
import { Action } from './action.entity';
import { actionsById, planIndex } from './plan-reads';

/** Enough for a plan read at a glance to arrive whole; larger ones arrive level by level. */
export const OUTLINE_BUDGET_DEFAULT = 300;
export const OUTLINE_BUDGET_MAX = 2000;

@Resolver(() => Programme)
export class ActionOutlineResolver {
  @FieldResolver(() => [Action], {
    description:
      'The plan as its first screen shows it, by code: every action when there are at most ' +
      '`budget`, otherwise the whole levels that fit, the top level always. Deeper levels ' +
      'load with `action(id) { children }`; `childCount` tells which actions have them.',
  })
  async actionOutline(
    @Root() programme: Programme,
    @Arg('budget', () => Int, {
      defaultValue: OUTLINE_BUDGET_DEFAULT,
      description: `How many actions at most, 1–${OUTLINE_BUDGET_MAX}, but for a larger top level.`,
    })
    budget: number,
    @Ctx() ctx: Context,
  ): Promise<Action[]> {
    if (budget < 1 || budget > OUTLINE_BUDGET_MAX)
      throw BadInputError.field('budget', FieldMessage.OUT_OF_RANGE);
    const nodes = await ctx.loaders.planNodes.load(programme.id);
    const { children } = await planIndex(ctx, programme.id);
    return actionsById(ctx, outlineIds(nodes, budget, children));
  }
}
