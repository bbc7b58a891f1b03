import {
  COMMENT_MAX,
  DESCRIPTION_MAX,
  IssueCategory,
  IssueKind,
  IssueSeverity,
  IssueStatus,
  PROMPT_MAX,
  ROUND_PROMPTS_MAX,
  TITLE_MAX,
} from '@spilno/shared';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { IsNotBlank } from '../../common/validate';

@InputType({ description: 'A problem or expectation; an edit replaces these fields.' })
export class IssueInput {
  @Field(() => IssueKind)
  kind: IssueKind;

  @Field(() => IssueCategory)
  category: IssueCategory;

  @Field(() => IssueSeverity)
  severity: IssueSeverity;

  @Field()
  @IsNotBlank()
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event of the programme it was raised at.' })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The open monitoring round it answers; fixed once raised.',
  })
  @IsOptional()
  @IsUUID()
  roundId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The partner organisation raising it: a partner user’s own (the default); coordinators name any partner, defaulting to their own organisation when it is one.',
  })
  @IsOptional()
  @IsUUID()
  raisedById?: string | null;
}

@InputType({ description: 'A monitoring round: a period and the questions asked about it.' })
export class RoundInput {
  @Field()
  @IsNotBlank()
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => LocalDate)
  periodStart: string;

  @Field(() => LocalDate)
  periodEnd: string;

  @Field(() => [String], { nullable: true, description: `At most ${ROUND_PROMPTS_MAX}.` })
  @IsOptional()
  @ArrayMaxSize(ROUND_PROMPTS_MAX)
  @IsNotBlank({ each: true })
  @MaxLength(PROMPT_MAX, { each: true })
  prompts?: string[] | null;
}

@ArgsType()
export class ChangeIssueStatusArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => IssueStatus)
  status: IssueStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Goes into the issue’s thread, marked with the new status.',
  })
  @IsOptional()
  @MaxLength(COMMENT_MAX)
  comment?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Required when moving to RESOLVED or DISMISSED; the comment stands in for it when omitted.',
  })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  resolution?: string | null;
}

@ArgsType()
export class CommentArgs {
  @Field(() => ID)
  issueId: string;

  @Field()
  @IsNotBlank()
  @MaxLength(COMMENT_MAX)
  text: string;
}
