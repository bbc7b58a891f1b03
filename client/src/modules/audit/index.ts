import { Role } from '@spilno/shared';
import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';

export const auditModule = defineModule({
  name: 'audit',
  routes: [
    {
      path: 'audit',
      roles: [Role.ADMIN],
      Component: lazyNamed(() => import('./components/AuditLogPage'), 'AuditLogPage'),
    },
  ],
});
