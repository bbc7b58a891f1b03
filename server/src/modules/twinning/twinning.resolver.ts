import type { GraphQLResolveInfo } from 'graphql';
import { LIST_LIMITS, TwinningStatus } from '@spilno/shared';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, signedInViewer, type Context } from '../../common/context';
import { nullIfNotFound } from '../../common/errors';
import { LimitArg, ListArgs } from '../../common/list-limit';
import { LocalDate } from '../../common/scalars';
import { Attachment } from '../attachments/public';
import { Event } from '../events/public';
import { Organisation } from '../organisations/public';
import { Programme } from '../programmes/public';
import { User } from '../users/public';
import { twinningLoaders } from './twinning-loaders';
import { TwinningContact, TwinningRelation } from './twinning-relation.entity';
import { TwinningAbilities } from './twinning-abilities';
import { allowedStatuses, mayChangeRelation, mayMoveProgramme } from './twinning.policy';
import { TwinningStatusChange } from './twinning-status-change.entity';
import { TwinningDetailsInput, TwinningInput } from './twinning.inputs';
import { reference } from '../../common/reference';

@ArgsType()
class TwinningRelationsArgs extends ListArgs(LIST_LIMITS.twinningRelations) {
  @Field(() => ID, { nullable: true, description: 'Relations that grew in this programme.' })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Relations of this organisation, either side.' })
  organisationId?: string | null;

  @Field(() => TwinningStatus, { nullable: true })
  status?: TwinningStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Relations with an organisation of this country (ISO 3166-1 alpha-2).',
  })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Relations naming this area, exactly.' })
  area?: string | null;
}

@Resolver(() => TwinningRelation)
export class TwinningResolver {
  @Authorized()
  @Query(() => [TwinningRelation], {
    description: `Twinning relations you may read, the most recent first: ${LIST_LIMITS.twinningRelations.default} unless \`limit\` asks for more, from \`offset\`.`,
  })
  twinningRelations(
    @Args() args: TwinningRelationsArgs,
    @Ctx() ctx: Context,
  ): Promise<TwinningRelation[]> {
    return ctx.services.twinning.list(signedIn(ctx), args, args);
  }

  @Authorized()
  @Query(() => TwinningRelation, {
    nullable: true,
    description: 'Null when missing or out of your scope.',
  })
  twinningRelation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<TwinningRelation | null> {
    return ctx.services.twinning.readable(signedIn(ctx), id).catch(nullIfNotFound);
  }

  @Authorized()
  @Query(() => [String], {
    description: 'Areas of cooperation named in the relations you may read, for filters.',
  })
  twinningAreas(@Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.twinning.areas(signedIn(ctx));
  }

  @Authorized()
  @Mutation(() => TwinningRelation, {
    description:
      'Partners propose relations of their own organisation (as PROPOSED); coordinators and admins record any.',
  })
  createTwinningRelation(
    @Arg('input') input: TwinningInput,
    @Ctx() ctx: Context,
  ): Promise<TwinningRelation> {
    return ctx.services.twinning.create(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => TwinningRelation, { description: 'Changes the details; not the pair or status.' })
  updateTwinningRelation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: TwinningDetailsInput,
    @Ctx() ctx: Context,
  ): Promise<TwinningRelation> {
    return ctx.services.twinning.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => TwinningRelation, {
    description:
      'Moves the relation to an allowed next status and records it in the history with your note.',
  })
  changeTwinningStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => TwinningStatus) status: TwinningStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('on', () => LocalDate, {
      nullable: true,
      description: 'When it happened; today when left out.',
    })
    on: string | null,
    @Ctx() ctx: Context,
  ): Promise<TwinningRelation> {
    return ctx.services.twinning.changeStatus(signedIn(ctx), id, version, { status, note, on });
  }

  @Authorized()
  @Mutation(() => TwinningRelation, { description: 'Links an event held under the relation.' })
  linkTwinningEvent(
    @Arg('id', () => ID) id: string,
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() ctx: Context,
  ): Promise<TwinningRelation> {
    return ctx.services.twinning.linkEvent(signedIn(ctx), id, eventId);
  }

  @Authorized()
  @Mutation(() => TwinningRelation)
  unlinkTwinningEvent(
    @Arg('id', () => ID) id: string,
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() ctx: Context,
  ): Promise<TwinningRelation> {
    return ctx.services.twinning.unlinkEvent(signedIn(ctx), id, eventId);
  }

  @FieldResolver(() => Organisation)
  organisationA(
    @Root() relation: TwinningRelation,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reference(info, relation.organisationAId, (id) => ctx.loaders.organisation.load(id));
  }

  @FieldResolver(() => Organisation)
  organisationB(
    @Root() relation: TwinningRelation,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reference(info, relation.organisationBId, (id) => ctx.loaders.organisation.load(id));
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description: 'The programme it grew in, when you may read that programme.',
  })
  programme(@Root() relation: TwinningRelation, @Ctx() ctx: Context) {
    return relation.programmeId
      ? twinningLoaders(ctx).readableProgramme.load(relation.programmeId)
      : null;
  }

  @FieldResolver(() => [TwinningStatusChange], {
    description: `Every status it had, oldest first, from its creation: the latest ${LIST_LIMITS.twinningHistory.default} unless \`limit\` asks for more.`,
  })
  history(
    @Root() relation: TwinningRelation,
    @LimitArg(LIST_LIMITS.twinningHistory) limit: number,
    @Ctx() ctx: Context,
  ) {
    return twinningLoaders(ctx).historyByRelation.load(relation.id, limit);
  }

  @FieldResolver(() => [Event], {
    description: `Events held under the relation that you may read, in the order linked: of the first ${LIST_LIMITS.twinningEvents.default} linked unless \`limit\` asks for more.`,
  })
  async events(
    @Root() relation: TwinningRelation,
    @LimitArg(LIST_LIMITS.twinningEvents) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Event[]> {
    const loaders = twinningLoaders(ctx);
    const links = await loaders.eventLinksByRelation.load(relation.id, limit);
    const events = (await ctx.loaders.event.loadMany(links.map((l) => l.eventId))).filter(
      (e): e is Event => e instanceof Event,
    );
    const readable = await loaders.readableProgramme.loadMany(events.map((e) => e.programmeId));
    return events.filter((_, i) => readable[i] instanceof Programme);
  }

  @FieldResolver(() => [Attachment], { description: 'Signed documents and other files.' })
  attachments(@Root() relation: TwinningRelation, @Ctx() ctx: Context) {
    return twinningLoaders(ctx).attachmentsByRelation.load(relation.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may change its status, details, events and documents (viewerCan.edit).',
  })
  canChange(@Root() relation: TwinningRelation, @Ctx() ctx: Context): Promise<boolean> {
    return mayChangeRelation(signedInViewer(ctx), relation);
  }

  @FieldResolver(() => TwinningAbilities)
  async viewerCan(
    @Root() relation: TwinningRelation,
    @Ctx() ctx: Context,
  ): Promise<TwinningAbilities> {
    const viewer = signedInViewer(ctx);
    const edit = await mayChangeRelation(viewer, relation);
    return {
      edit,
      statuses: await allowedStatuses(viewer, relation),
      moveProgramme: edit && (await mayMoveProgramme(viewer, relation.programmeId, null)),
    };
  }
}

@Resolver(() => TwinningStatusChange)
export class TwinningStatusChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who recorded it.' })
  author(@Root() change: TwinningStatusChange, @Ctx() ctx: Context) {
    return change.authorId ? ctx.loaders.user.load(change.authorId) : null;
  }
}

@Resolver(() => TwinningContact)
export class TwinningContactResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() contact: TwinningContact, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(contact.organisationId);
  }
}
