import { OUTBOX_PATH } from '../../app/paths';
import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const outboxModule = defineModule({
  name: 'outbox',
  i18n,
  routes: [
    {
      path: OUTBOX_PATH.slice(1),
      Component: lazyNamed(() => import('./components/OutboxPage'), 'OutboxPage'),
    },
  ],
});
