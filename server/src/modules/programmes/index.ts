import { byId, firstManyBy, manyBy } from '../../common/loaders';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { Partner } from './partner.entity';
import { PartnerResolver } from './partner.resolver';
import { PartnerService } from './partner.service';
import { ProgrammeCoordinator } from './programme-coordinator.entity';
import { ProgrammeSide } from './programme-side.entity';
import { ProgrammeSignatory } from './programme-signatory.entity';
import { Programme } from './programme.entity';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';

export const programmesModule = defineModule({
  name: 'programmes',
  entities: [Programme, ProgrammeSide, Partner, ProgrammeCoordinator, ProgrammeSignatory],
  resolvers: [ProgrammeResolver, PartnerResolver, TeamResolver],
  services: ({ dataSource, policy, audit }: CoreServices & { audit: AuditService }) => ({
    programmes: new ProgrammeService(dataSource, policy, audit),
    partners: new PartnerService(dataSource, policy, audit),
    team: new TeamService(dataSource, policy, audit),
  }),
  loaders: (dataSource) => ({
    side: byId(dataSource, ProgrammeSide),
    sidesByProgramme: manyBy(dataSource, ProgrammeSide, 'programmeId', { position: 'ASC' }),
    partnersByProgramme: manyBy(dataSource, Partner, 'programmeId', { createdAt: 'ASC' }),
    coordinatorsByProgramme: firstManyBy(dataSource, ProgrammeCoordinator, 'programmeId', {}),
    signatoriesByProgramme: firstManyBy(dataSource, ProgrammeSignatory, 'programmeId', {
      signedOn: 'ASC',
    }),
    partner: byId(dataSource, Partner),
    programme: byId(dataSource, Programme),
  }),
});
