import { lazyNamed } from '../../ui/lazyNamed';
import { PORTFOLIO_ROLES } from './roles';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const dashboardModule = defineModule({
  name: 'dashboard',
  i18n,
  routes: [
    {
      path: 'portfolio',
      roles: PORTFOLIO_ROLES,
      Component: lazyNamed(() => import('./components/PortfolioPage'), 'PortfolioPage'),
    },
  ],
});
