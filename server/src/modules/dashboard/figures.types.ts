import { ActionStatus, EventType, IssueStatus } from '@spilno/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';

@ObjectType({ description: 'A top-level action of the plan with its rolled-up progress.' })
export class ActionProgress {
  @Field(() => ID)
  actionId: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => Float, { description: 'Weighted roll-up of its sub-actions, 0–100.' })
  progress: number;

  @Field(() => LocalDate)
  dueOn: string;

  @Field({ description: 'Not done or cancelled and past due.' })
  overdue: boolean;
}

@ObjectType({
  description:
    'HELD events of one quarter (in the zone each was held in), of one type, organised by one side.',
})
export class QuarterEventCount {
  @Field({ description: 'e.g. 2026-Q2.' })
  quarter: string;

  @Field(() => EventType)
  type: EventType;

  @Field(() => ID, { nullable: true, description: "The organiser's side; null when unknown." })
  sideId: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description: 'How many monitoring issues stood in one status at the end of one quarter (UTC).',
})
export class QuarterIssueCount {
  @Field({ description: 'e.g. 2026-Q2; the current quarter counts up to now.' })
  quarter: string;

  @Field(() => IssueStatus)
  status: IssueStatus;

  @Field(() => Int)
  count: number;
}
