import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { Event } from '../events/public';
import { User } from '../users/public';
import { Attachment } from './attachment.entity';
import { attachmentPath } from './attachment.route';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Removes a file from an event or a twinning relation: whoever may change it. Upload with POST /attachments.',
  })
  async removeAttachment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.attachments.remove(signedIn(ctx), id);
    return true;
  }

  @FieldResolver(() => String, {
    description: 'Where to download it, with the session cookie; only readers of the event may.',
  })
  downloadPath(@Root() attachment: Attachment): string {
    return attachmentPath(attachment.id);
  }

  @FieldResolver(() => User, { nullable: true })
  uploadedBy(@Root() attachment: Attachment, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(attachment.uploadedById);
  }
}

@Resolver(() => Event)
export class EventAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: 'Files attached to the event, oldest first.' })
  attachments(@Root() event: Event, @Ctx() ctx: Context): Promise<Attachment[]> {
    return ctx.loaders.attachmentsByEvent.load(event.id);
  }
}
