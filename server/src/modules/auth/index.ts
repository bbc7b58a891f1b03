import crypto from 'node:crypto';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { DeviceCookies } from './device-cookie';
import { Session } from './session.entity';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle.entity';

export type { SessionService };

export const authModule = defineModule({
  name: 'auth',
  entities: [Session, SignInThrottle],
  resolvers: [AuthResolver],
  services: ({ dataSource, audit }: CoreServices & { audit: AuditService }, config) => {
    const sessions = new SessionService(dataSource);
    // Without a configured secret (tests, scripts) a random one is drawn.
    const devices = new DeviceCookies(config.deviceCookieSecret ?? crypto.randomBytes(32));
    return { sessions, devices, auth: new AuthService(dataSource, sessions, audit, devices) };
  },
});
