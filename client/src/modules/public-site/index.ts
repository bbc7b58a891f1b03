import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const publicSiteModule = defineModule({
  name: 'public-site',
  i18n,
  routes: [
    // The public page of a published programme: no sign-in, no app frame.
    {
      zone: 'public',
      path: 'p/:code',
      Component: lazyNamed(() => import('./components/PublicProgrammePage'), 'PublicProgrammePage'),
    },
  ],
});
