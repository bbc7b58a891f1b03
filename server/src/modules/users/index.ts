import { defineModule, type CoreServices } from '../../common/module';
import { byId } from '../../common/loaders';
import type { AuditService } from '../audit';
import type { SessionService } from '../auth';
import { User } from './user.entity';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

export const usersModule = defineModule({
  name: 'users',
  entities: [User],
  resolvers: [UserResolver],
  services: ({
    dataSource,
    sessions,
    audit,
  }: CoreServices & { sessions: SessionService; audit: AuditService }) => ({
    users: new UserService(dataSource, sessions, audit),
  }),
  loaders: (dataSource) => ({ user: byId(dataSource, User) }),
});
