import type { GraphQLResolveInfo } from 'graphql';
import { EventType, LIST_LIMITS } from '@spilno/shared';
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
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, signedInViewer, type Context } from '../../common/context';
import { IdempotencyKeyArg } from '../../common/idempotency';
import { nullIfNotFound } from '../../common/errors';
import { LimitArg } from '../../common/list-limit';
import { PageArgs, PageType } from '../../common/pagination';
import { inZone } from '../../common/time-zones';
import { Translation } from '../../common/translation';
import { Action } from '../action-plan/public';
import { Organisation } from '../organisations/public';
import { Partner, ProgrammeSide } from '../programmes/public';
import { EventAttendance } from './event-attendance.entity';
import { EventAbilities } from './event-abilities';
import { Event } from './event.entity';
import { eventAbilities } from './event.policy';
import { EventInput } from './event.inputs';
import { reference } from '../../common/reference';

@ObjectType()
export class EventPage extends PageType(Event) {}

@ArgsType()
class EventsArgs extends PageArgs {
  @Field(() => ID)
  programmeId: string;

  @Field(() => Date, { nullable: true, description: 'Events still going on at or after this.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events starting before this.' })
  to?: Date | null;

  @Field(() => EventType, { nullable: true })
  type?: EventType | null;
}

@Resolver(() => Event)
export class EventResolver {
  @Authorized()
  @Query(() => EventPage, { description: "A programme's events in a period, by start." })
  events(@Args() args: EventsArgs, @Ctx() ctx: Context): Promise<EventPage> {
    return ctx.services.events.list(signedIn(ctx), args.programmeId, args, args);
  }

  @Authorized()
  @Query(() => Event, { nullable: true, description: 'Null when missing or out of your scope.' })
  event(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Event | null> {
    return ctx.services.events.readable(signedIn(ctx), id).catch(nullIfNotFound);
  }

  @Authorized()
  @Mutation(() => Event, {
    description: 'Partners log events their organisation organises; coordinators any.',
  })
  logEvent(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: EventInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Event> {
    return ctx.services.events.log(signedIn(ctx), programmeId, input, idempotencyKey);
  }

  @Authorized()
  @Mutation(() => Event)
  updateEvent(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: EventInput,
    @Ctx() ctx: Context,
  ): Promise<Event> {
    return ctx.services.events.update(signedIn(ctx), id, version, input);
  }

  @FieldResolver(() => String, {
    description: 'The start as wall-clock time where it is held, with that offset.',
  })
  startsAtLocal(@Root() event: Event): string {
    return inZone(event.startsAt, event.timeZone);
  }

  @FieldResolver(() => String, { description: 'The end as wall-clock time where it is held.' })
  endsAtLocal(@Root() event: Event): string {
    return inZone(event.endsAt, event.timeZone);
  }

  @FieldResolver(() => Partner, { nullable: true })
  organiser(@Root() event: Event, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const id = event.organiserPartnerId;
    return id ? reference(info, id, (key) => ctx.loaders.partner.load(key)) : null;
  }

  @FieldResolver(() => [Organisation], { description: 'Other organisations taking part.' })
  async participants(@Root() event: Event, @Ctx() ctx: Context): Promise<Organisation[]> {
    const links = await ctx.loaders.participantsByEvent.load(event.id);
    const organisations = await ctx.loaders.organisation.loadMany(
      links.map((l) => l.organisationId),
    );
    return organisations.filter((o): o is Organisation => o instanceof Organisation);
  }

  @FieldResolver(() => [EventAttendance], { description: 'Attendees per side.' })
  attendees(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.attendanceByEvent.load(event.id);
  }

  @FieldResolver(() => Int, { description: 'Attendees of all sides.' })
  async totalAttendees(@Root() event: Event, @Ctx() ctx: Context): Promise<number> {
    const rows = await ctx.loaders.attendanceByEvent.load(event.id);
    return rows.reduce((sum, row) => sum + row.count, 0);
  }

  @FieldResolver(() => Action, { nullable: true, description: 'The action it carries out.' })
  action(@Root() event: Event, @Ctx() ctx: Context) {
    return event.actionId ? ctx.loaders.action.load(event.actionId) : null;
  }

  @FieldResolver(() => [Translation])
  translations(@Root() event: Event): Translation[] {
    return event.translations;
  }

  @FieldResolver(() => EventAbilities)
  viewerCan(@Root() event: Event, @Ctx() ctx: Context): Promise<EventAbilities> {
    const organiser = async () => {
      const partner = event.organiserPartnerId
        ? await ctx.loaders.partner.load(event.organiserPartnerId)
        : null;
      return [partner && partner.programmeId === event.programmeId ? partner.organisationId : null];
    };
    return eventAbilities(signedInViewer(ctx), event, organiser);
  }
}

@Resolver(() => EventAttendance)
export class EventAttendanceResolver {
  @FieldResolver(() => ProgrammeSide, { nullable: true })
  side(@Root() attendance: EventAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.side.load(attendance.sideId);
  }
}

/** What holding events shows on the action they carry out. */
@Resolver(() => Action)
export class ActionEventsResolver {
  @FieldResolver(() => [Event], {
    description: `Events carrying out this action, by start: the first ${LIST_LIMITS.actionEvents.default} unless \`limit\` asks for more.`,
  })
  events(
    @Root() action: Action,
    @LimitArg(LIST_LIMITS.actionEvents) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.eventsByAction.load(action.id, limit);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Start of the latest HELD event of this action that has started.',
  })
  lastHeldAt(@Root() action: Action, @Ctx() ctx: Context): Promise<Date | null> {
    return ctx.loaders.lastHeldByAction.load(action.id);
  }
}
