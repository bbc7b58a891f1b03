import type { DataSource } from 'typeorm';
import { byId, manyBy } from '../../common/loaders';
import { ApplicationMember } from './application-member.entity';
import { ApplicationScore } from './application-score.entity';
import { Call } from './call.entity';

/** Request-scoped loaders of the calls' fields; what each viewer may see is decided above them. */
export function callsLoaders(dataSource: DataSource) {
  return {
    callById: byId(dataSource, Call),
    membersByApplication: manyBy(dataSource, ApplicationMember, 'applicationId', {
      isLead: 'DESC',
      id: 'ASC',
    }),
    scoresByApplication: manyBy(dataSource, ApplicationScore, 'applicationId', {
      stage: 'ASC',
      scoredAt: 'ASC',
    }),
  };
}
