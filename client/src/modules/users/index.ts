import { Role } from '@spilno/shared';
import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';

export const usersModule = defineModule({
  name: 'users',
  routes: [
    {
      path: 'users',
      roles: [Role.ADMIN],
      Component: lazyNamed(() => import('./components/UsersPage'), 'UsersPage'),
    },
  ],
});
