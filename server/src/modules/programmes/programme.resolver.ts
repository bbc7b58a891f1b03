import { LIST_LIMITS, ProgrammeStatus } from '@spilno/shared';
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
import { signedIn, signedInViewer, type Context } from '../../common/context';
import { LimitArg, ListArgs } from '../../common/list-limit';
import { Translation } from '../../common/translation';
import { Action, byCode, presentBudget, ProgrammeBudget } from '../action-plan/public';
import { Indicator } from '../indicators/public';
import { User } from '../users/public';
import { Partner } from './partner.entity';
import { ProgrammeSide } from './programme-side.entity';
import { ProgrammeSignatory } from './programme-signatory.entity';
import { ProgrammeAbilities } from './programme-abilities';
import { Programme } from './programme.entity';
import { mayCreateProgramme, mayEditProgramme, programmeAbilities } from './programme.policy';
import { CreateProgrammeInput, UpdateProgrammeInput } from './programme.inputs';

@ArgsType()
class ProgrammesArgs extends ListArgs(LIST_LIMITS.programmes) {
  @Field(() => ProgrammeStatus, { nullable: true })
  status?: ProgrammeStatus | null;
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Authorized()
  @Query(() => [Programme], {
    description: `Programmes you may read, the latest start first: ${LIST_LIMITS.programmes.default} unless \`limit\` asks for more, from \`offset\`.`,
  })
  programmes(@Args() args: ProgrammesArgs, @Ctx() ctx: Context): Promise<Programme[]> {
    return ctx.services.programmes.list(signedIn(ctx), args.status ?? null, args);
  }

  @Authorized()
  @Query(() => Programme, {
    nullable: true,
    description: 'Null when missing or out of your scope.',
  })
  programme(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Programme | null> {
    return ctx.services.programmes.get(signedIn(ctx), id);
  }

  @Authorized(mayCreateProgramme)
  @Mutation(() => Programme, {
    description: 'Starts as DRAFT; you become one of its coordinators.',
  })
  createProgramme(
    @Arg('input') input: CreateProgrammeInput,
    @Ctx() ctx: Context,
  ): Promise<Programme> {
    return ctx.services.programmes.create(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => Programme)
  updateProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateProgrammeInput,
    @Ctx() ctx: Context,
  ): Promise<Programme> {
    return ctx.services.programmes.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => Programme, {
    description: 'Puts the public page online, or takes it down at once.',
  })
  publishProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('published') published: boolean,
    @Ctx() ctx: Context,
  ): Promise<Programme> {
    return ctx.services.programmes.publish(signedIn(ctx), id, version, published);
  }

  @FieldResolver(() => ProgrammeAbilities)
  viewerCan(@Root() programme: Programme, @Ctx() ctx: Context): Promise<ProgrammeAbilities> {
    return programmeAbilities(signedInViewer(ctx), programme);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may edit the programme and its plan (viewerCan.edit).',
  })
  canEdit(@Root() programme: Programme, @Ctx() ctx: Context): Promise<boolean> {
    return mayEditProgramme(signedInViewer(ctx), programme.id);
  }

  @FieldResolver(() => [ProgrammeSide])
  sides(@Root() programme: Programme, @Ctx() ctx: Context) {
    return ctx.loaders.sidesByProgramme.load(programme.id);
  }

  @FieldResolver(() => [Partner])
  partners(@Root() programme: Programme, @Ctx() ctx: Context) {
    return ctx.loaders.partnersByProgramme.load(programme.id);
  }

  @FieldResolver(() => [User], {
    description: `${LIST_LIMITS.coordinators.default} of them unless \`limit\` asks for more.`,
  })
  async coordinators(
    @Root() programme: Programme,
    @LimitArg(LIST_LIMITS.coordinators) limit: number,
    @Ctx() ctx: Context,
  ): Promise<User[]> {
    const links = await ctx.loaders.coordinatorsByProgramme.load(programme.id, limit);
    const users = await ctx.loaders.user.loadMany(links.map((link) => link.userId));
    return users.filter((user): user is User => user instanceof User);
  }

  @FieldResolver(() => [ProgrammeSignatory], {
    description: `By the day they signed: the first ${LIST_LIMITS.signatories.default} unless \`limit\` asks for more.`,
  })
  signatories(
    @Root() programme: Programme,
    @LimitArg(LIST_LIMITS.signatories) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.signatoriesByProgramme.load(programme.id, limit);
  }

  @FieldResolver(() => [Action], {
    description: 'Every action of the plan, sub-actions included, by code.',
  })
  async actions(@Root() programme: Programme, @Ctx() ctx: Context): Promise<Action[]> {
    const actions = [...(await ctx.loaders.actionsByProgramme.load(programme.id))].sort(byCode);
    // Their parents and sub-actions are among them, so the id loader need not read them again.
    for (const action of actions) ctx.loaders.action.prime(action.id, action);
    return actions;
  }

  @FieldResolver(() => [Indicator])
  indicators(@Root() programme: Programme, @Ctx() ctx: Context) {
    return ctx.loaders.indicatorsByProgramme.load(programme.id);
  }

  @FieldResolver(() => ProgrammeBudget)
  async budget(@Root() programme: Programme, @Ctx() ctx: Context): Promise<ProgrammeBudget> {
    return presentBudget(await ctx.loaders.budget.load(programme.id));
  }

  @FieldResolver(() => [Translation], {
    description: 'Title and summary in the other working languages.',
  })
  translations(@Root() programme: Programme): Translation[] {
    return programme.translations;
  }
}
