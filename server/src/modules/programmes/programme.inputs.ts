import {
  CODE_MAX,
  COUNTRY_PATTERN,
  CURRENCY_PATTERN,
  LOCALE_CODE_PATTERN,
  MAX_LANGUAGES,
  MAX_SIDES,
  MIN_SIDES,
  NAME_MAX,
  PartnerRole,
  PERSON_MAX,
  ProgrammeStatus,
  SUMMARY_MAX,
  TITLE_MAX,
} from '@spilno/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { TranslationInput } from '../../common/translation';
import { IsNotBlank } from '../../common/validate';

/** Upper-case letters, digits and - . / _, starting with a letter or digit. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9._/-]*$/;

@InputType({ description: 'A side of a programme: a region and its country.' })
export class SideInput {
  @Field()
  @IsNotBlank()
  @MaxLength(NAME_MAX)
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @Matches(COUNTRY_PATTERN)
  country: string;
}

@InputType()
export class CreateProgrammeInput {
  @Field({ description: 'Unique; upper-case letters, digits and - . / _' })
  @Matches(CODE_PATTERN)
  @MaxLength(CODE_MAX)
  code: string;

  @Field()
  @IsNotBlank()
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SUMMARY_MAX)
  summary?: string | null;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => [SideInput], { description: `${MIN_SIDES} to ${MAX_SIDES} sides.` })
  @ArrayMinSize(MIN_SIDES)
  @ArrayMaxSize(MAX_SIDES)
  @ValidateNested({ each: true })
  sides: SideInput[];

  @Field(() => String, { nullable: true, description: 'ISO 4217; EUR when omitted.' })
  @IsOptional()
  @Matches(CURRENCY_PATTERN)
  currency?: string | null;

  @Field(() => [String], { nullable: true, description: 'Working languages, e.g. ["uk", "en"].' })
  @IsOptional()
  @ArrayMaxSize(MAX_LANGUAGES)
  @Matches(LOCALE_CODE_PATTERN, { each: true })
  languages?: string[] | null;

  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LANGUAGES)
  @ValidateNested({ each: true })
  translations?: TranslationInput[] | null;
}

@InputType({ description: 'Changes to a programme; omitted fields stay as they are.' })
export class UpdateProgrammeInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(TITLE_MAX)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SUMMARY_MAX)
  summary?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startsOn?: string;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string;

  @Field(() => ProgrammeStatus, { nullable: true })
  status?: ProgrammeStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CURRENCY_PATTERN)
  currency?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LANGUAGES)
  @Matches(LOCALE_CODE_PATTERN, { each: true })
  languages?: string[];

  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LANGUAGES)
  @ValidateNested({ each: true })
  translations?: TranslationInput[];
}

@InputType()
export class SignatoryInput {
  @Field()
  @IsNotBlank()
  @MaxLength(PERSON_MAX)
  person: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TITLE_MAX)
  position?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  signedOn?: string | null;
}

@InputType()
export class PartnerChangeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sideId?: string;

  @Field(() => PartnerRole, { nullable: true })
  role?: PartnerRole;
}
