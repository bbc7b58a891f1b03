import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const programmeReportModule = defineModule({
  name: 'programme-report',
  i18n,
  routes: [
    // A printable document: signed-in readers only, without the app frame.
    {
      zone: 'document',
      path: 'programmes/:id/report',
      Component: lazyNamed(() => import('./components/ProgrammeReportPage'), 'ProgrammeReportPage'),
    },
  ],
});
