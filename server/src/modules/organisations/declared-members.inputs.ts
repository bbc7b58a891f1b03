import { DECLARED_COUNT_MAX, DECLARED_SOURCE_MAX } from '@spilno/shared';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars';

@InputType({ description: 'A count of members an association declared as of a date.' })
export class DeclaredMembersInput {
  @Field(() => LocalDate, { description: 'Not in the future.' })
  asOf: string;

  @Field(() => Int)
  @Min(0)
  @Max(DECLARED_COUNT_MAX)
  count: number;

  @Field(() => Int, { nullable: true, description: 'At least `count` when given.' })
  @IsOptional()
  @Min(1)
  @Max(DECLARED_COUNT_MAX)
  eligibleCount?: number | null;

  @Field(() => Float, { nullable: true, description: 'Per cent, 0 to 100, one decimal at most.' })
  @IsOptional()
  @Min(0)
  @Max(100)
  statedPercent?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DECLARED_SOURCE_MAX)
  source?: string | null;
}
