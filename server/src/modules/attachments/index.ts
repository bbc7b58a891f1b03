import { SERVER_PATHS } from '@spilno/shared';
import { manyBy } from '../../common/loaders';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import type { EventService } from '../events';
import type { TwinningService } from '../twinning';
import { createAttachmentStore } from './attachment-store';
import { Attachment } from './attachment.entity';
import { AttachmentResolver, EventAttachmentsResolver } from './attachment.resolver';
import { attachmentRouter } from './attachment.route';
import { AttachmentService } from './attachment.service';

export const attachmentsModule = defineModule({
  name: 'attachments',
  entities: [Attachment],
  resolvers: [AttachmentResolver, EventAttachmentsResolver],
  // The files live in the data directory or the S3 bucket, as configured.
  services: (
    {
      dataSource,
      logger,
      events,
      twinning,
      audit,
    }: CoreServices & { events: EventService; twinning: TwinningService; audit: AuditService },
    config,
  ) => ({
    attachments: new AttachmentService(
      dataSource,
      events,
      twinning,
      audit,
      createAttachmentStore(config),
      logger,
    ),
  }),
  loaders: (dataSource) => ({
    attachmentsByEvent: manyBy(dataSource, Attachment, 'eventId', { createdAt: 'ASC' }),
  }),
  routes: [
    {
      paths: [SERVER_PATHS.attachmentUpload, SERVER_PATHS.attachment],
      router: attachmentRouter,
    },
  ],
});
