import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { CalendarFeed } from './calendar-feed.entity';

@Resolver(() => CalendarFeed)
export class CalendarResolver {
  @Authorized()
  @Query(() => CalendarFeed, {
    nullable: true,
    description: 'Whether you have a secret calendar link of the programme (never the link).',
  })
  calendarFeed(@Arg('programmeId', () => ID) programmeId: string, @Ctx() ctx: Context) {
    return ctx.services.calendar.feed(signedIn(ctx), programmeId);
  }

  @Authorized()
  @Mutation(() => String, {
    description:
      'A new personal secret link (path) to the programme’s .ics feed for calendar apps; ' +
      'replaces your earlier link. Shown once: only its hash is kept.',
  })
  calendarFeedUrl(
    @Arg('programmeId', () => ID) programmeId: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.calendar.issueFeed(signedIn(ctx), programmeId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Stops your secret calendar link from working.' })
  revokeCalendarFeed(@Arg('programmeId', () => ID) programmeId: string, @Ctx() ctx: Context) {
    return ctx.services.calendar.revokeFeed(signedIn(ctx), programmeId);
  }
}
