import {
  DESCRIPTION_MAX,
  EMAIL_MAX,
  NOTE_MAX,
  PERSON_MAX,
  PHONE_MAX,
  TWINNING_AREA_MAX,
  TWINNING_AREAS_MAX,
  TWINNING_CONTACTS_MAX,
  TwinningKind,
  TwinningStatus,
} from '@spilno/shared';
import {
  ArrayMaxSize,
  IsEmail,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { IsNotBlank } from '../../common/validate';

@InputType({ description: 'Someone to talk to at one of the two organisations.' })
export class TwinningContactInput {
  @Field(() => ID, { description: 'One of the two organisations of the relation.' })
  @IsUUID()
  organisationId: string;

  @Field()
  @IsNotBlank()
  @MaxLength(PERSON_MAX)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PERSON_MAX)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PHONE_MAX)
  phone?: string | null;
}

@InputType({
  description:
    'What can change about a relation besides its status; an update replaces every field.',
})
export class TwinningDetailsInput {
  @Field(() => TwinningKind)
  kind: TwinningKind;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Since when the relation exists; today when left out on creation.',
  })
  @IsOptional()
  since?: string | null;

  @Field(() => [String], { nullable: true, description: 'Areas of cooperation.' })
  @IsOptional()
  @ArrayMaxSize(TWINNING_AREAS_MAX)
  @IsNotBlank({ each: true })
  @MaxLength(TWINNING_AREA_MAX, { each: true })
  areas?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => [TwinningContactInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TWINNING_CONTACTS_MAX)
  @ValidateNested({ each: true })
  contacts?: TwinningContactInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The programme it grew in; one you coordinate, or, for a partner, one of yours.',
  })
  @IsOptional()
  programmeId?: string | null;
}

@InputType({ description: 'A new twinning relation; one per pair of organisations.' })
export class TwinningInput extends TwinningDetailsInput {
  @Field(() => ID)
  @IsUUID()
  organisationAId: string;

  @Field(() => ID, { description: 'Another organisation than A, not yet paired with A.' })
  @IsUUID()
  organisationBId: string;

  @Field(() => TwinningStatus, {
    nullable: true,
    description: 'PROPOSED by default, and always for partners.',
  })
  @IsOptional()
  status?: TwinningStatus | null;

  @Field(() => String, { nullable: true, description: 'Why, for the first entry of the history.' })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

/** Arguments of changeTwinningStatus, validated as one object so each field is named. */
export class StatusChangeArgs {
  @IsOptional()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}
