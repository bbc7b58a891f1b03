import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const notificationsModule = defineModule({
  name: 'notifications',
  i18n,
  routes: [
    {
      path: 'notifications',
      Component: lazyNamed(() => import('./components/NotificationsPage'), 'NotificationsPage'),
    },
  ],
});
