import {
  DUE_DAYS_MAX,
  LIST_LIMITS,
  NARRATIVE_MAX,
  PERIOD_MONTHS_MAX,
  PERIOD_MONTHS_MIN,
  REVIEW_COMMENT_MAX,
  ReportStatus,
} from '@spilno/shared';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list-limit';
import { LocalDate } from '../../common/scalars';

@InputType({
  description:
    'A report: its period and narrative. Where the programme defines reporting periods, ' +
    'the dates must be those of one of them.',
})
export class ReportInput {
  @Field(() => LocalDate)
  periodStart: string;

  @Field(() => LocalDate)
  periodEnd: string;

  @Field(() => String, { nullable: true, description: 'Required to submit; empty in a draft.' })
  @IsOptional()
  @MaxLength(NARRATIVE_MAX)
  narrative?: string | null;
}

/** The comment of reviewProgressReport, validated as an object so the field is named. */
export class ReviewArgs {
  @IsOptional()
  @MaxLength(REVIEW_COMMENT_MAX)
  comment?: string | null;
}

@InputType({ description: 'A reporting period; an update replaces every field.' })
export class ReportingPeriodInput {
  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => LocalDate, { description: 'On or after the end.' })
  dueOn: string;
}

/** Arguments of generateReportingPeriods. */
@ArgsType()
export class GeneratePeriodsArgs {
  @Field(() => ID)
  programmeId: string;

  @Field(() => Int, { defaultValue: 6, description: 'Length of each period; 6 = half-years.' })
  @IsInt()
  @Min(PERIOD_MONTHS_MIN)
  @Max(PERIOD_MONTHS_MAX)
  months: number = 6;

  @Field(() => Int, { defaultValue: 30, description: 'Days after its end each period is due.' })
  @IsInt()
  @Min(0)
  @Max(DUE_DAYS_MAX)
  dueDays: number = 30;
}

@ArgsType()
export class ProgressReportsArgs extends ListArgs(LIST_LIMITS.progressReports) {
  @Field(() => ID)
  programmeId: string;

  @Field(() => ID, { nullable: true })
  partnerId?: string | null;

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus | null;

  @Field(() => LocalDate, { nullable: true, description: 'Reports of the period starting then.' })
  periodStart?: string | null;
}
