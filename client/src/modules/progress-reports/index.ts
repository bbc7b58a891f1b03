import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

/** The programme workspace shows this tab; it loads on first visit. */
export const ReportsTab = lazyNamed(() => import('./components/ReportsTab'), 'ReportsTab');

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
