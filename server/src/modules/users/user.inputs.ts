import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, Role, SEARCH_MAX } from '@spilno/shared';
import { IsEmail, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import { IsNotBlank } from '../../common/validate';

@InputType({ description: 'A new account. PARTNER accounts need an organisation.' })
export class CreateUserInput {
  @Field()
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email: string;

  @Field()
  @IsNotBlank()
  @MaxLength(NAME_MAX)
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@InputType({ description: 'Changes to an account; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;
}
