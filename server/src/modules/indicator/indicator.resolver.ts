import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { Indicator } from './indicator.entity';
import { IndicatorInput } from './indicator.inputs';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Authorized()
  @Mutation(() => Indicator)
  createIndicator(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: IndicatorInput,
    @Ctx() ctx: Context,
  ): Promise<Indicator> {
    return ctx.services.indicators.create(signedIn(ctx), programmeId, input);
  }

  @Authorized()
  @Mutation(() => Indicator)
  updateIndicator(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: IndicatorInput,
    @Ctx() ctx: Context,
  ): Promise<Indicator> {
    return ctx.services.indicators.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  removeIndicator(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.indicators.remove(signedIn(ctx), id, version);
  }
}
