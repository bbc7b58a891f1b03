import { CallStatus } from '@spilno/shared';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'What you may do to a call now, from the same rules its mutations check.',
})
export class CallAbilities {
  @Field({ description: 'Whether updateCall passes the permission check.' })
  edit: boolean;

  @Field(() => [CallStatus], { description: 'The statuses setCallStatus lets you move it to.' })
  statuses: CallStatus[];

  @Field({ description: 'Whether applyToCall passes the permission check (an OPEN call).' })
  apply: boolean;
}

@ObjectType({
  description: 'What you may do to an application now, from the rules its mutations check.',
})
export class ApplicationAbilities {
  @Field({
    description: 'Whether updateApplication and submitApplication pass the permission check.',
  })
  edit: boolean;

  @Field({ description: 'Whether confirmMembership passes the permission check.' })
  confirm: boolean;

  @Field({
    description:
      'Whether scoreApplication passes the permission check and the application is in the selection.',
  })
  score: boolean;

  @Field({
    description:
      'Whether decideApplication passes the permission check and the application is in the selection.',
  })
  decide: boolean;

  @Field({
    description:
      'Whether launchProgramme passes the permission check: selected and not yet launched.',
  })
  launch: boolean;
}
