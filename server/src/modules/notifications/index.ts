import crypto from 'node:crypto';
import { SERVER_PATHS } from '@spilno/shared';
import { defineModule, type CoreServices } from '../../common/module';
import { Mailer } from './mailer';
import { Notification } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { unsubscribeRouter } from './unsubscribe.route';

export type { NotificationService };

export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [Notification],
  resolvers: [NotificationResolver],
  services: ({ dataSource, policy, logger }: CoreServices, config) => ({
    notifications: new NotificationService(
      dataSource,
      policy,
      logger,
      config.mail ? new Mailer(config.mail) : null,
      config.mail?.secret ?? config.deviceCookieSecret ?? crypto.randomBytes(32),
    ),
  }),
  routes: [{ paths: [SERVER_PATHS.unsubscribe], router: unsubscribeRouter }],
});
