import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

/** The programme workspace shows this tab; it loads on first visit. */
export const MonitoringTab = lazyNamed(() => import('./components/MonitoringTab'), 'MonitoringTab');

export const monitoringModule = defineModule({
  name: 'monitoring',
  i18n,
  routes: [
    {
      zone: 'programme',
      path: 'monitoring/issues/:issueId',
      Component: lazyNamed(() => import('./components/IssuePage'), 'IssuePage'),
    },
    {
      zone: 'programme',
      path: 'monitoring/rounds/:roundId',
      Component: lazyNamed(() => import('./components/RoundPage'), 'RoundPage'),
    },
  ],
});
