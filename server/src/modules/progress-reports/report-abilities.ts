import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'What you may do to a progress report now, from the same rules its mutations check; its status may still refuse it (see canEdit, canReview).',
})
export class ReportAbilities {
  @Field({ description: 'Whether updateProgressReport passes the permission check.' })
  edit: boolean;

  @Field({ description: 'Whether submitProgressReport passes the permission check.' })
  submit: boolean;

  @Field({ description: 'Whether reviewProgressReport passes the permission check.' })
  review: boolean;
}
