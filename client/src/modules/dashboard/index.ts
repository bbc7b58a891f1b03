import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const dashboardModule = defineModule({
  name: 'dashboard',
  i18n,
  routes: [
    {
      path: 'portfolio',
      ability: 'readPortfolio',
      Component: lazyNamed(() => import('./components/PortfolioPage'), 'PortfolioPage'),
    },
  ],
});
