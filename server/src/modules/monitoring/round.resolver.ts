import { LIST_LIMITS } from '@spilno/shared';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { nullIfNotFound } from '../../common/errors';
import { ListArgs } from '../../common/list-limit';
import { Partner, ProgrammeSide } from '../programmes/public';
import { User } from '../users/public';
import { MonitoringRound } from './monitoring-round.entity';
import { monitoringLoaders } from './monitoring.loaders';
import { RoundInput } from './monitoring.inputs';
import { RoundPartnerProgress, RoundResults, RoundSideProgress } from './round-figures';

@ArgsType()
class RoundsArgs extends ListArgs(LIST_LIMITS.monitoringRounds) {
  @Field(() => ID)
  programmeId: string;
}

@Resolver(() => MonitoringRound)
export class RoundResolver {
  @Authorized()
  @Query(() => [MonitoringRound], {
    description: `A programme's monitoring rounds, latest first: ${LIST_LIMITS.monitoringRounds.default} unless \`limit\` asks for more, from \`offset\`.`,
  })
  monitoringRounds(@Args() args: RoundsArgs, @Ctx() ctx: Context): Promise<MonitoringRound[]> {
    return ctx.services.rounds.list(signedIn(ctx), args.programmeId, args);
  }

  @Authorized()
  @Query(() => MonitoringRound, {
    nullable: true,
    description: 'Null when missing or out of your scope.',
  })
  monitoringRound(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound | null> {
    return ctx.services.rounds.readable(signedIn(ctx), id).catch(nullIfNotFound);
  }

  @Authorized()
  @Mutation(() => MonitoringRound, { description: 'Coordinators open a round of monitoring.' })
  openMonitoringRound(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: RoundInput,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound> {
    return ctx.services.rounds.open(signedIn(ctx), programmeId, input);
  }

  @Authorized()
  @Mutation(() => MonitoringRound, { description: 'Coordinators close a round to new answers.' })
  closeMonitoringRound(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound> {
    return ctx.services.rounds.close(signedIn(ctx), id, version);
  }

  @Authorized()
  @Mutation(() => MonitoringRound, {
    description:
      'Marks a partner’s answers complete: partners their own; coordinators name the partner.',
  })
  submitRoundAnswers(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound> {
    return ctx.services.rounds.submit(signedIn(ctx), roundId, partnerId ?? null);
  }

  @FieldResolver(() => User, { nullable: true })
  openedBy(@Root() round: MonitoringRound, @Ctx() ctx: Context) {
    return round.openedById ? ctx.loaders.user.load(round.openedById) : null;
  }

  @FieldResolver(() => [RoundPartnerProgress], {
    description: 'Every partner of the programme, by side: submitted or not, and its answers.',
  })
  partners(@Root() round: MonitoringRound, @Ctx() ctx: Context) {
    return monitoringLoaders(ctx).partnerProgress.load(round.id);
  }

  @FieldResolver(() => [RoundSideProgress], { description: 'Completion per side, in side order.' })
  sides(@Root() round: MonitoringRound, @Ctx() ctx: Context) {
    return monitoringLoaders(ctx).sideProgress.load(round.id);
  }

  @FieldResolver(() => RoundResults)
  results(@Root() round: MonitoringRound, @Ctx() ctx: Context) {
    return monitoringLoaders(ctx).results.load(round.id);
  }
}

@Resolver(() => RoundPartnerProgress)
export class RoundPartnerProgressResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() progress: RoundPartnerProgress, @Ctx() ctx: Context) {
    return ctx.loaders.partner.load(progress.partnerId);
  }
}

@Resolver(() => RoundSideProgress)
export class RoundSideProgressResolver {
  @FieldResolver(() => ProgrammeSide, { nullable: true })
  side(@Root() progress: RoundSideProgress, @Ctx() ctx: Context) {
    return ctx.loaders.side.load(progress.sideId);
  }
}
