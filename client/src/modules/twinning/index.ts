import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

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
