import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const eventsModule = defineModule({
  name: 'events',
  i18n,
  routes: [
    {
      zone: 'programme',
      path: 'events/:eventId',
      Component: lazyNamed(() => import('./components/EventPage'), 'EventPage'),
    },
  ],
});
