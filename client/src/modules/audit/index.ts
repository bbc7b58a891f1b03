import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';

export const auditModule = defineModule({
  name: 'audit',
  routes: [
    {
      path: 'audit',
      ability: 'readAudit',
      Component: lazyNamed(() => import('./components/AuditLogPage'), 'AuditLogPage'),
    },
  ],
});
