import { defineModule, type CoreServices } from '../../common/module';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

export type { AuditService };

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  services: ({ dataSource }: CoreServices) => ({ audit: new AuditService(dataSource) }),
});
