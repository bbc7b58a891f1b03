import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

/** The programme workspace shows this tab; it loads on first visit. */
export const DashboardTab = lazyNamed(() => import('./components/DashboardTab'), 'DashboardTab');

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
