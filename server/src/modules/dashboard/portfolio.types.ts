import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Programme } from '../programmes/public';

@ObjectType({ description: 'One programme of the portfolio with its figures at a glance.' })
export class PortfolioEntry {
  @Field(() => Programme)
  programme: Programme;

  @Field(() => Float, { description: 'Weighted roll-up of the top-level actions, 0–100.' })
  overallProgress: number;

  @Field(() => Int, { description: 'Every action of the plan, sub-actions included.' })
  actions: number;

  @Field(() => Int, { description: 'Actions not done or cancelled and past due.' })
  overdueActions: number;

  @Field(() => Int, { description: 'HELD events.' })
  eventsHeld: number;

  @Field(() => Int, { description: 'PLANNED events still to come.' })
  eventsUpcoming: number;

  @Field(() => Date, { nullable: true, description: 'Start of the latest HELD event.' })
  lastEventAt: Date | null;

  @Field(() => Int, {
    description: 'Partner reports whose due date has passed and that were never submitted.',
  })
  lateReports: number;
}
