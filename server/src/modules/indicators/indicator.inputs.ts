import {
  EventType,
  IndicatorSource,
  INDICATOR_VALUE_MAX,
  TITLE_MAX,
  TwinningKind,
  TwinningStatus,
  UNIT_MAX,
} from '@spilno/shared';
import { ArrayMaxSize, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { IsNotBlank } from '../../common/validate';

@InputType({ description: 'An indicator; an update replaces every field.' })
export class IndicatorInput {
  @Field()
  @IsNotBlank()
  @MaxLength(TITLE_MAX)
  name: string;

  @Field()
  @IsNotBlank()
  @MaxLength(UNIT_MAX)
  unit: string;

  @Field(() => Float)
  @Min(0)
  @Max(INDICATOR_VALUE_MAX)
  target: number;

  @Field(() => Float, { nullable: true, description: 'Entered value; 0 when omitted.' })
  @IsOptional()
  @Min(0)
  @Max(INDICATOR_VALUE_MAX)
  achieved?: number | null;

  @Field(() => ID, { nullable: true, description: 'The action it measures, if any.' })
  @IsOptional()
  @IsUUID()
  actionId?: string | null;

  @Field(() => IndicatorSource, {
    nullable: true,
    description:
      'ENTERED by default; any other source computes achieved from HELD events or twinning relations.',
  })
  @IsOptional()
  source?: IndicatorSource | null;

  @Field(() => [EventType], { nullable: true, description: 'Event types counted; none: all.' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EventType).length)
  eventTypes?: EventType[] | null;

  @Field(() => ID, { nullable: true, description: 'ATTENDEES only: count this side alone.' })
  @IsOptional()
  @IsUUID()
  sideId?: string | null;

  @Field(() => TwinningStatus, {
    nullable: true,
    description: 'TWINNING_RELATIONS only: the status counted; ACTIVE when omitted.',
  })
  @IsOptional()
  twinningStatus?: TwinningStatus | null;

  @Field(() => [TwinningKind], {
    nullable: true,
    description: 'TWINNING_RELATIONS only: the kinds counted; none: all.',
  })
  @IsOptional()
  @ArrayMaxSize(Object.keys(TwinningKind).length)
  twinningKinds?: TwinningKind[] | null;
}
