import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

/** The programme workspace shows this tab; it loads on first visit. */
export const TwinningTab = lazyNamed(() => import('./components/TwinningTab'), 'TwinningTab');

export const twinningModule = defineModule({
  name: 'twinning',
  i18n,
  routes: [
    {
      path: 'twinning',
      Component: lazyNamed(
        () => import('./components/TwinningRegistryPage'),
        'TwinningRegistryPage',
      ),
    },
    {
      path: 'twinning/:id',
      Component: lazyNamed(() => import('./components/TwinningPage'), 'TwinningPage'),
    },
  ],
});
