import {
  CALL_CODE_MAX,
  CALL_CRITERIA_MAX,
  CALL_DELIVERABLES_MAX,
  CALL_MAX_SCORE_LIMIT,
  CALL_MEMBERS_LIMIT,
  CALL_NAME_MAX,
  CALL_STAGES_MAX,
  CALL_TITLE_MAX,
  DESCRIPTION_MAX,
  NOTE_MAX,
} from '@spilno/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { IsNotBlank } from '../../common/validate';

@InputType()
export class CriterionInput {
  @Field()
  @IsNotBlank()
  @MaxLength(CALL_NAME_MAX)
  name: string;

  @Field(() => Float, { description: 'Above 0.' })
  @Min(0.001)
  @Max(1000)
  weight: number;

  @Field(() => Float, { description: 'Above 0.' })
  @Min(0.001)
  @Max(CALL_MAX_SCORE_LIMIT)
  maxScore: number;
}

@InputType()
export class StageInput {
  @Field()
  @IsNotBlank()
  @MaxLength(CALL_NAME_MAX)
  name: string;

  @Field(() => [CriterionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(CALL_CRITERIA_MAX)
  @ValidateNested({ each: true })
  criteria: CriterionInput[];
}

@InputType({ description: 'A call; an update replaces every field.' })
export class CallInput {
  @Field({ description: 'Unique, e.g. SPACES-2020.' })
  @IsNotBlank()
  @MaxLength(CALL_CODE_MAX)
  code: string;

  @Field()
  @IsNotBlank()
  @MaxLength(CALL_TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  summary?: string | null;

  @Field(() => LocalDate)
  opensOn: string;

  @Field(() => LocalDate, { description: 'Not before opensOn; submissions end with its day.' })
  closesOn: string;

  @Field(() => String, { nullable: true, description: 'IANA zone; Europe/Kyiv when left out.' })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string | null;

  @Field(() => Int)
  @Min(1)
  @Max(CALL_MEMBERS_LIMIT)
  minMembers: number;

  @Field(() => Int, { description: 'Not below minMembers.' })
  @Min(1)
  @Max(CALL_MEMBERS_LIMIT)
  maxMembers: number;

  @Field(() => [StageInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(CALL_STAGES_MAX)
  @ValidateNested({ each: true })
  stages: StageInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(CALL_DELIVERABLES_MAX)
  @IsNotBlank({ each: true })
  @MaxLength(CALL_TITLE_MAX, { each: true })
  deliverables?: string[] | null;
}

@InputType({ description: 'An application; an update replaces every field.' })
export class ApplicationInput {
  @Field()
  @IsNotBlank()
  @MaxLength(CALL_TITLE_MAX)
  title: string;

  @Field(() => ID, { description: 'Your own organisation.' })
  @IsUUID()
  leadOrganisationId: string;

  @Field(() => [ID], { description: 'The other members, without the lead.' })
  @ArrayMaxSize(CALL_MEMBERS_LIMIT)
  @IsUUID(undefined, { each: true })
  memberOrganisationIds: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  motivation?: string | null;
}

@InputType({ description: 'A score of one criterion of the current stage.' })
export class ScoreInput {
  @Field({ description: 'The name of a criterion of the current stage.' })
  @MaxLength(CALL_NAME_MAX)
  criterion: string;

  @Field(() => Float, { description: '0 to the criterion’s maxScore.' })
  @Min(0)
  score: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  comment?: string | null;
}

/** The list of scores, validated as one object so each is named by its index. */
export class ScoresArgs {
  @ArrayMinSize(1)
  @ArrayMaxSize(CALL_CRITERIA_MAX)
  @ValidateNested({ each: true })
  scores: ScoreInput[];
}

/** The decision's comment, validated so that its field is named. */
export class DecisionArgs {
  @IsOptional()
  @MaxLength(NOTE_MAX)
  comment?: string | null;
}
