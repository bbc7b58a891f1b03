import {
  AGENDA_ITEMS_MAX,
  ATTENDEES_MAX,
  DESCRIPTION_MAX,
  EventFormat,
  EventStatus,
  EventType,
  MAX_SIDES,
  MAX_LANGUAGES,
  NOTE_MAX,
  OUTCOMES_MAX,
  PARTICIPANTS_MAX,
  TIME_ZONE_MAX,
  TITLE_MAX,
  URL_MAX,
  VENUE_MAX,
} from '@spilno/shared';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TranslationInput } from '../../common/translation';
import { IsNotBlank } from '../../common/validate';

@InputType({ description: 'How many came from one side of the programme.' })
export class AttendanceInput {
  @Field(() => ID)
  @IsUUID()
  sideId: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(ATTENDEES_MAX)
  count: number;
}

@InputType()
export class AgendaItemInput {
  @Field()
  @IsNotBlank()
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  decision?: string | null;
}

@InputType({
  description:
    'An event; an update replaces every field. Only type, title, times and zone are needed.',
})
export class EventInput {
  @Field(() => EventType)
  type: EventType;

  @Field()
  @IsNotBlank()
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => Date, { description: 'An instant with its offset.' })
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field({ description: 'IANA time zone the event is held in, e.g. Europe/Kyiv.' })
  @MaxLength(TIME_ZONE_MAX)
  timeZone: string;

  @Field(() => EventFormat, { nullable: true, description: 'IN_PERSON by default.' })
  @IsOptional()
  format?: EventFormat | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VENUE_MAX)
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(URL_MAX)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  onlineLink?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The partner organising it; a partner user must name its own organisation.',
  })
  @IsOptional()
  @IsUUID()
  organiserPartnerId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other organisations taking part.' })
  @IsOptional()
  @ArrayMaxSize(PARTICIPANTS_MAX)
  @IsUUID('all', { each: true })
  participantOrganisationIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The action of the plan it carries out.' })
  @IsOptional()
  @IsUUID()
  actionId?: string | null;

  @Field(() => [AttendanceInput], { nullable: true, description: 'Attendees per side.' })
  @IsOptional()
  @ArrayMaxSize(MAX_SIDES)
  @ValidateNested({ each: true })
  attendees?: AttendanceInput[] | null;

  @Field(() => EventStatus, { nullable: true, description: 'PLANNED by default.' })
  @IsOptional()
  status?: EventStatus | null;

  @Field(() => String, { nullable: true, description: 'The closing report.' })
  @IsOptional()
  @MaxLength(OUTCOMES_MAX)
  outcomes?: string | null;

  @Field(() => [AgendaItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(AGENDA_ITEMS_MAX)
  @ValidateNested({ each: true })
  agenda?: AgendaItemInput[] | null;

  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LANGUAGES)
  @ValidateNested({ each: true })
  translations?: TranslationInput[] | null;
}
