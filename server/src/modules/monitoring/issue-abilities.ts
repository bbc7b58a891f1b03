import { IssueStatus } from '@spilno/shared';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'What you may do to a monitoring issue now, from the same rules its mutations check.',
})
export class IssueAbilities {
  @Field({ description: 'Whether commentOnIssue passes the permission check.' })
  comment: boolean;

  @Field(() => [IssueStatus], {
    description:
      'The statuses changeIssueStatus lets you move it to from its current one; empty when none.',
  })
  statuses: IssueStatus[];
}
