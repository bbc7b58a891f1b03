import { OrganisationKind, SEARCH_MAX } from '@spilno/shared';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { COUNTRY_PATTERN } from '@spilno/shared';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches names in any language, in part.' })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(COUNTRY_PATTERN)
  country?: string;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind;
}
