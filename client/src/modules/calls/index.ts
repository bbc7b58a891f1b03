import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const callsModule = defineModule({
  name: 'calls',
  i18n,
  routes: [
    // The public page of a call: what it offers, its dates and stages, no sign-in.
    {
      zone: 'public',
      path: 'calls/:code',
      Component: lazyNamed(() => import('./components/PublicCallPage'), 'PublicCallPage'),
    },
  ],
});
