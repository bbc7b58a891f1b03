import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/public';
import { User } from '../users/public';

@ObjectType({ description: 'An organisation in an application, the lead included.' })
export class ApplicationMemberView {
  @Field(() => ID, { description: 'The organisation’s id.' })
  id: string;

  @Field(() => Organisation)
  organisation: Organisation;

  @Field({ description: 'Whether it leads the application.' })
  lead: boolean;

  @Field({ description: 'Whether one of its users has confirmed it takes part.' })
  confirmed: boolean;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;
}

@ObjectType({ description: 'One score of one criterion.' })
export class CriterionScore {
  @Field()
  criterion: string;

  @Field(() => Float)
  score: number;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType({ description: 'One evaluator’s scores of an application at one stage.' })
export class Evaluation {
  @Field(() => User)
  evaluator: User;

  @Field(() => Int)
  stage: number;

  @Field(() => Float, { nullable: true, description: 'Their weighted mean over the criteria.' })
  score: number | null;

  @Field(() => [CriterionScore])
  scores: CriterionScore[];
}

@ObjectType({ description: 'An organisation of a selected group, as the public page shows it.' })
export class PublicGroupMember {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field()
  country: string;

  @Field()
  lead: boolean;
}

@ObjectType({ description: 'A group selected in a closed call.' })
export class PublicGroup {
  @Field()
  title: string;

  @Field(() => [PublicGroupMember])
  members: PublicGroupMember[];
}
