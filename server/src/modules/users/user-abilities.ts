import { Field, ObjectType } from 'type-graphql';
import type { Person } from '../../common/viewer';
import { mayReadAudit } from '../audit/public';
import { mayApply, mayManageCalls } from '../calls/public';
import { mayReadPortfolio } from '../dashboard/public';
import { mayEditDirectory } from '../organisations/public';
import { mayCreateProgramme } from '../programmes/public';
import { mayProposeTwinning, mayRecordTwinning } from '../twinning/public';
import { mayManageUsers } from './user.policy';

@ObjectType({
  description:
    'What an account may do that is not about one record, from the same rules the operations check. On `me` and `signIn`: what you may do.',
})
export class UserAbilities {
  @Field({ description: 'Whether createProgramme passes the permission check.' })
  createProgramme: boolean;

  @Field({
    description:
      'Whether createOrganisation, updateOrganisation, the directory import, memberships and declared member counts pass the permission check.',
  })
  editDirectory: boolean;

  @Field({
    description: 'Whether users, createUser, updateUser and the other account operations pass.',
  })
  manageUsers: boolean;

  @Field({ description: 'Whether auditLog passes the permission check.' })
  readAudit: boolean;

  @Field({ description: 'Whether portfolio passes the permission check.' })
  readPortfolio: boolean;

  @Field({
    description:
      'Whether createTwinningRelation passes the permission check for some pair (for a partner: a relation of its own organisation, proposed).',
  })
  proposeTwinning: boolean;

  @Field({
    description:
      'Whether createTwinningRelation passes for any two organisations and in any status, not only as a proposal of your own organisation.',
  })
  createTwinning: boolean;

  @Field({
    description: 'Whether createCall passes the permission check; those who may, evaluate too.',
  })
  createCall: boolean;

  @Field({
    description: 'Whether applyToCall passes the permission check, for your own organisation.',
  })
  applyToCalls: boolean;
}

/** Each field is the very rule its operation's `@Authorized(rule)` or service checks. */
export function userAbilities(person: Person): UserAbilities {
  return {
    createProgramme: mayCreateProgramme(person),
    editDirectory: mayEditDirectory(person),
    manageUsers: mayManageUsers(person),
    readAudit: mayReadAudit(person),
    readPortfolio: mayReadPortfolio(person),
    proposeTwinning: mayProposeTwinning(person),
    createTwinning: mayRecordTwinning(person),
    createCall: mayManageCalls(person),
    applyToCalls: mayApply(person),
  };
}
