import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'What you may do to an event now, from the same rules its mutations check.',
})
export class EventAbilities {
  @Field({ description: 'Whether updateEvent passes the permission check.' })
  edit: boolean;

  @Field({ description: 'Whether uploading a file to it passes the permission check.' })
  attach: boolean;

  @Field({
    description: 'Whether deleting it would pass the permission check: the editors delete events.',
  })
  delete: boolean;
}
