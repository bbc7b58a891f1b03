import { ActionStatus, EventType, IssueStatus, TwinningStatus } from '@spilno/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class ActionStatusCount {
  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class EventTypeCount {
  @Field(() => EventType)
  type: EventType;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class SideCount {
  @Field(() => ID)
  sideId: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class IssueStatusCount {
  @Field(() => IssueStatus)
  status: IssueStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class TwinningStatusCount {
  @Field(() => TwinningStatus)
  status: TwinningStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "A programme's figures at a glance." })
export class ProgrammeDashboard {
  @Field(() => ID)
  programmeId: string;

  @Field(() => Float, { description: 'Weighted roll-up of the top-level actions, 0–100.' })
  overallProgress: number;

  @Field(() => Int, { description: 'Actions not done or cancelled and past due.' })
  overdueActions: number;

  @Field(() => [ActionStatusCount], { description: 'Every action, sub-actions included.' })
  actionsByStatus: ActionStatusCount[];

  @Field(() => [EventTypeCount])
  eventsByType: EventTypeCount[];

  @Field(() => [SideCount])
  attendeesBySide: SideCount[];

  @Field(() => [IssueStatusCount])
  issuesByStatus: IssueStatusCount[];

  @Field(() => [TwinningStatusCount])
  twinningByStatus: TwinningStatusCount[];
}
