import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';

export const usersModule = defineModule({
  name: 'users',
  routes: [
    {
      path: 'users',
      ability: 'manageUsers',
      Component: lazyNamed(() => import('./components/UsersPage'), 'UsersPage'),
    },
  ],
});
