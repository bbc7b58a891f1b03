import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

/** The layout of `programmes/:id`, under which every `programme` zone page of every module sits. */
export const ProgrammeWorkspace = lazyNamed(
  () => import('./components/ProgrammeWorkspace'),
  'ProgrammeWorkspace',
);

export const programmesModule = defineModule({
  name: 'programmes',
  i18n,
  routes: [
    {
      path: 'programmes',
      Component: lazyNamed(() => import('./components/ProgrammesPage'), 'ProgrammesPage'),
    },
    {
      path: 'programmes/new',
      Component: lazyNamed(() => import('./components/ProgrammeCreatePage'), 'ProgrammeCreatePage'),
    },
    // The optional segment is the tab: /programmes/:id/partners, …/plan, …
    {
      zone: 'programme',
      path: ':tab?',
      Component: lazyNamed(() => import('./components/ProgrammeDetailPage'), 'ProgrammeDetailPage'),
    },
  ],
});
