import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'What you may do to an action now, from the same rules its mutations check.',
})
export class ActionAbilities {
  @Field({ description: 'Whether updateAction and removeAction pass the permission check.' })
  edit: boolean;

  @Field({ description: 'Whether reportActionProgress passes the permission check.' })
  reportProgress: boolean;
}
