import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'What you may do to a programme now, from the same rules its mutations check.',
})
export class ProgrammeAbilities {
  @Field({
    description:
      'Whether updateProgramme and the changes to its plan, team, indicators and periods pass the permission check.',
  })
  edit: boolean;

  @Field({ description: 'Whether addPartner passes the permission check.' })
  addPartner: boolean;

  @Field({
    description:
      'Whether addCoordinator passes the permission check (choosing the account needs User.viewerCan.manageUsers).',
  })
  addCoordinator: boolean;

  @Field({ description: 'Whether createAction passes the permission check.' })
  createAction: boolean;

  @Field({
    description:
      'Whether logEvent passes the permission check (for a partner: an event its own organisation organises).',
  })
  logEvent: boolean;

  @Field({
    description:
      'Whether raiseIssue passes the permission check (for a partner: raised for its own organisation).',
  })
  raiseIssue: boolean;

  @Field({ description: 'Whether publishProgramme passes the permission check.' })
  publish: boolean;

  /**
   * The programme these abilities are of, for abilities other modules add to this type
   * (`proposeTwinning`, from the twinning rules): not a field of the schema.
   */
  programmeId: string;
}
