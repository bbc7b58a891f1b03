import { FieldMessage, type FieldError } from '@spilno/shared';
import { validate, type ValidationError } from 'class-validator';
import { BadInputError } from './errors';

/** class-validator constraint names → the messages the client translates. */
const MESSAGES: Record<string, FieldMessage> = {
  isNotEmpty: FieldMessage.REQUIRED,
  isDefined: FieldMessage.REQUIRED,
  maxLength: FieldMessage.TOO_LONG,
  arrayMaxSize: FieldMessage.TOO_LONG,
  minLength: FieldMessage.TOO_SHORT,
  arrayMinSize: FieldMessage.TOO_SHORT,
  isEmail: FieldMessage.INVALID_EMAIL,
  matches: FieldMessage.INVALID,
  min: FieldMessage.OUT_OF_RANGE,
  max: FieldMessage.OUT_OF_RANGE,
  isInt: FieldMessage.INVALID,
  isUUID: FieldMessage.UNKNOWN_REFERENCE,
};

function flatten(errors: ValidationError[], prefix: string, out: FieldError[]): FieldError[] {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraint = Object.keys(error.constraints ?? {})[0];
    if (constraint) out.push({ field, message: MESSAGES[constraint] ?? FieldMessage.INVALID });
    if (error.children?.length) flatten(error.children, field, out);
  }
  return out;
}

/**
 * Validates an input object against its class-validator decorators and throws one
 * BAD_USER_INPUT naming every bad field. Services call this after the permission check,
 * so an out-of-scope caller learns nothing from validation errors.
 */
export async function validateInput(input: object, prefix = 'input'): Promise<void> {
  const errors = await validate(input, { forbidUnknownValues: false, stopAtFirstError: true });
  if (errors.length > 0) throw new BadInputError(flatten(errors, prefix, []));
}
