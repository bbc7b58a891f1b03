import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const progressReportsModule = defineModule({
  name: 'progress-reports',
  i18n,
  routes: [
    {
      zone: 'programme',
      path: 'reports/:reportId',
      Component: lazyNamed(() => import('./components/ReportPage'), 'ReportPage'),
    },
  ],
});
