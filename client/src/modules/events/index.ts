import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

/** The programme workspace shows this tab; it loads on first visit. */
export const EventsTab = lazyNamed(() => import('./components/EventsTab'), 'EventsTab');

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
