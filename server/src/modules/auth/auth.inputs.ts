import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from '@spilno/shared';
import { IsNotEmpty, MaxLength, MinLength } from 'class-validator';

/** Shapes checked before any account lookup; length caps keep hashing cheap for attackers. */
export class SignInArgs {
  @IsNotEmpty()
  @MaxLength(EMAIL_MAX)
  email: string;

  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX)
  password: string;
}

export class NewPassword {
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  newPassword: string;
}
