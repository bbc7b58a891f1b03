import { EmailFrequency, FieldMessage } from '@spilno/shared';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { BadInputError, nullIfNotFound } from '../../common/errors';
import { Programme } from '../programmes/public';
import { User } from '../users/public';
import { Notification } from './notification.entity';

/** Most notifications one page may hold. */
const PAGE_MAX = 200;

@ObjectType({ description: 'A window of the signed-in user’s notifications, newest first.' })
class NotificationPage {
  @Field(() => [Notification])
  items: Notification[];

  @Field(() => Int, { description: 'How many the filter matches, over all windows.' })
  total: number;

  @Field(() => Int, { description: 'How many of the user’s notifications are unread.' })
  unread: number;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationPage)
  notifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false })
    unreadOnly: boolean | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50 }) limit: number | null,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number | null,
    @Ctx() ctx: Context,
  ) {
    // An explicit null means the default, as for an argument left out.
    const window = { unreadOnly: unreadOnly ?? false, limit: limit ?? 50, offset: offset ?? 0 };
    if (window.limit < 1 || window.limit > PAGE_MAX) {
      throw BadInputError.field('limit', FieldMessage.OUT_OF_RANGE);
    }
    if (window.offset < 0) throw BadInputError.field('offset', FieldMessage.OUT_OF_RANGE);
    return ctx.services.notifications.page(signedIn(ctx), window);
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description: 'The programme of the record, while you may read it.',
  })
  async programme(@Root() notification: Notification, @Ctx() ctx: Context) {
    if (!notification.programmeId) return null;
    const readable = await ctx.services.policy
      .assertReadable(signedIn(ctx), notification.programmeId)
      .then(() => true, nullIfNotFound);
    return readable ? ctx.loaders.programme.load(notification.programmeId) : null;
  }

  @Authorized()
  @Mutation(() => Int, {
    description: 'Marks your notifications read (all of them without ids); how many changed.',
  })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.markRead(signedIn(ctx), ids);
  }

  @Authorized()
  @Mutation(() => User, { description: 'How often you get e-mail, and in which language.' })
  updateNotificationSettings(
    @Arg('email', () => EmailFrequency) email: EmailFrequency,
    @Arg('language', () => String, { nullable: true }) language: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.updateSettings(signedIn(ctx), email, language);
  }
}
