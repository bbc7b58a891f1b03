import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/**
 * What one side of a programme contributed. Every figure but the side's identity comes from
 * a contribution in balance.service.ts, so a new figure is a field here plus one contribution.
 */
@ObjectType({ description: 'What one side of a programme contributed, to compare the sides.' })
export class SideBalance {
  @Field(() => ID)
  sideId: string;

  @Field()
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country: string;

  @Field(() => Int, { description: 'Partner organisations on this side.' })
  partners: number;

  @Field(() => Int, { description: 'HELD events organised by partners of this side.' })
  eventsOrganised: number;

  @Field(() => Int, { description: 'Attendees from this side at HELD events.' })
  attendeesSent: number;

  @Field(() => Float, { description: "Planned budget of the side's partners' actions." })
  budgetPlanned: number;

  @Field(() => Float, { description: "Spent budget of the side's partners' actions." })
  budgetSpent: number;

  @Field(() => Int, { description: 'Monitoring issues raised by organisations of this side.' })
  issuesRaised: number;

  @Field(() => Int, {
    description: "Reports of this side's partners whose period's due date has passed.",
  })
  reportsDue: number;

  @Field(() => Int, {
    description: 'Of reportsDue, those first submitted on or before their due date.',
  })
  reportsOnTime: number;
}
