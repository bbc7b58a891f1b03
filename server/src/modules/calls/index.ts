import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { ApplicationMember } from './application-member.entity';
import { ApplicationScore } from './application-score.entity';
import { Application } from './application.entity';
import { ApplicationResolver } from './application.resolver';
import { ApplicationService } from './application.service';
import { Call } from './call.entity';
import { CallResolver } from './call.resolver';
import { CallService } from './call.service';
import { callsLoaders } from './calls-loaders';
import { EvaluationService } from './evaluation.service';
import { LaunchService } from './launch.service';
import { PublicCallResolver } from './public-call';

export type { ApplicationService, CallService, EvaluationService, LaunchService };

export const callsModule = defineModule({
  name: 'calls',
  entities: [Call, Application, ApplicationMember, ApplicationScore],
  resolvers: [CallResolver, ApplicationResolver, PublicCallResolver],
  services: ({ dataSource, audit }: CoreServices & { audit: AuditService }) => {
    const calls = new CallService(dataSource, audit);
    const applications = new ApplicationService(dataSource, calls, audit);
    return {
      calls,
      applications,
      evaluation: new EvaluationService(dataSource, applications),
      launch: new LaunchService(dataSource, applications, audit),
    };
  },
  loaders: (dataSource) => callsLoaders(dataSource),
});
