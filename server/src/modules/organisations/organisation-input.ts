import {
  COUNTRY_PATTERN,
  OrganisationKind,
  POPULATION_MAX,
  REGION_MAX,
  TITLE_MAX,
} from '@spilno/shared';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'An organisation of the directory; an update replaces every field.' })
export class OrganisationInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TITLE_MAX)
  nameEn?: string | null;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @Matches(COUNTRY_PATTERN)
  country: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REGION_MAX)
  region?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(POPULATION_MAX)
  population?: number | null;

  @Field(() => Int, { nullable: true, description: 'For an association: councils in its region.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  councilsInRegion?: number | null;
}
