import {
  ActionStatus,
  BUDGET_MAX,
  CODE_MAX,
  DESCRIPTION_MAX,
  MAX_LANGUAGES,
  NOTE_MAX,
  PROGRESS_MAX,
  PROGRESS_MIN,
  TITLE_MAX,
  WEIGHT_MAX,
  WEIGHT_MIN,
} from '@spilno/shared';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { TranslationInput } from '../../common/translation';
import { IsNotBlank } from '../../common/validate';

/** Action codes read like outline numbers: 1, 1.2, 2.3.a */
export const ACTION_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

@InputType({ description: 'An Action Plan item; an update replaces every field.' })
export class ActionInput {
  @Field({ description: 'Unique within the programme, e.g. 1.2.' })
  @Matches(ACTION_CODE_PATTERN)
  @MaxLength(CODE_MAX)
  code: string;

  @Field()
  @IsNotBlank()
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  dueOn: string;

  @Field(() => [ID], { nullable: true, description: 'Partners (of this programme) responsible.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  responsiblePartnerIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Relative weight in the parent roll-up; 1 by default.',
  })
  @IsOptional()
  @Min(WEIGHT_MIN)
  @Max(WEIGHT_MAX)
  weight?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(BUDGET_MAX)
  plannedBudget?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(BUDGET_MAX)
  spentBudget?: number | null;

  @Field(() => ActionStatus, {
    nullable: true,
    description: 'E.g. CANCELLED; progress goes through reportActionProgress.',
  })
  @IsOptional()
  status?: ActionStatus | null;

  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LANGUAGES)
  @ValidateNested({ each: true })
  translations?: TranslationInput[] | null;
}

/** Arguments of reportActionProgress, validated as one object so each field is named. */
export class ProgressReportArgs {
  @IsInt()
  @Min(PROGRESS_MIN)
  @Max(PROGRESS_MAX)
  progress: number;

  @IsOptional()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}
