import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

export const organisationsModule = defineModule({
  name: 'organisations',
  i18n,
  routes: [
    {
      path: 'organisations',
      Component: lazyNamed(() => import('./components/OrganisationsPage'), 'OrganisationsPage'),
    },
    {
      path: 'organisations/:id',
      Component: lazyNamed(() => import('./components/OrganisationPage'), 'OrganisationPage'),
    },
  ],
});
