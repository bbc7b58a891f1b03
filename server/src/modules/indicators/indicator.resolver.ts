import { IndicatorSource, LIST_LIMITS } from '@spilno/shared';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { LimitArg } from '../../common/list-limit';
import { Action } from '../action-plan/public';
import { Event } from '../events/public';
import { Indicator } from './indicator.entity';
import { IndicatorInput } from './indicator.inputs';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Float, {
    description: 'Entered by a coordinator, or computed from the HELD events it counts.',
  })
  achieved(@Root() indicator: Indicator, @Ctx() ctx: Context): number | Promise<number> {
    return indicator.source === IndicatorSource.ENTERED
      ? indicator.achieved
      : ctx.loaders.computedAchieved.load(indicator.id);
  }

  @FieldResolver(() => [Event], {
    description: `The HELD events a computed indicator counts, by start: the first ${LIST_LIMITS.countedEvents.default} unless \`limit\` asks for more (\`achieved\` counts them all).`,
  })
  async countedEvents(
    @Root() indicator: Indicator,
    @LimitArg(LIST_LIMITS.countedEvents) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Event[]> {
    if (indicator.source === IndicatorSource.ENTERED) return [];
    const ids = await ctx.loaders.countedEventIds.load(indicator.id, limit);
    const events = await ctx.loaders.event.loadMany(ids);
    return events.filter((e): e is Event => e instanceof Event);
  }

  @FieldResolver(() => Action, { nullable: true, description: 'The action it measures, if any.' })
  async action(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<Action | null> {
    if (!indicator.actionId) return null;
    const actions = await ctx.loaders.actionsByProgramme.load(indicator.programmeId);
    return actions.find((a) => a.id === indicator.actionId) ?? null;
  }

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
