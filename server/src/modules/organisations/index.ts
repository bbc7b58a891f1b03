import DataLoader from 'dataloader';
import { byId, firstManyBy } from '../../common/loaders';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { CoverageResolver, DeclaredMembersResolver } from './coverage.resolver';
import { DeclaredMembers } from './declared-members.entity';
import { DeclaredMembersService } from './declared-members.service';
import { DirectoryResolver, MembershipResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { Membership } from './membership.entity';
import { memberCounts, MembershipService } from './membership.service';
import { Organisation } from './organisation.entity';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

export const organisationsModule = defineModule({
  name: 'organisations',
  entities: [Organisation, Membership, DeclaredMembers],
  resolvers: [
    OrganisationResolver,
    DirectoryResolver,
    MembershipResolver,
    CoverageResolver,
    DeclaredMembersResolver,
  ],
  services: ({ dataSource, audit }: CoreServices & { audit: AuditService }) => {
    const organisations = new OrganisationService(dataSource);
    return {
      organisations,
      directory: new DirectoryService(dataSource, organisations, audit),
      memberships: new MembershipService(dataSource, audit),
      declaredMembers: new DeclaredMembersService(dataSource, audit),
    };
  },
  loaders: (dataSource) => ({
    organisation: byId(dataSource, Organisation),
    membersByAssociation: firstManyBy(dataSource, Membership, 'associationId', {
      joinedOn: 'ASC',
    }),
    membershipsByMember: firstManyBy(dataSource, Membership, 'memberId', { joinedOn: 'ASC' }),
    memberCount: new DataLoader<string, number>((ids) => memberCounts(dataSource, ids)),
    declaredByAssociation: firstManyBy(dataSource, DeclaredMembers, 'associationId', {
      asOf: 'DESC',
    }),
  }),
});
