import { FieldMessage, type FieldError } from '@spilno/shared';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  IS_DEFINED,
  IS_EMAIL,
  IS_INT,
  IS_NOT_EMPTY,
  IS_UUID,
  MATCHES,
  MAX,
  MAX_LENGTH,
  MIN,
  MIN_LENGTH,
  validate,
  ValidateBy,
  type ValidationError,
  type ValidationOptions,
} from 'class-validator';
import { BadInputError } from './errors';

const IS_NOT_BLANK = 'isNotBlank';

/**
 * Like `@IsNotEmpty()`, but text of spaces alone is empty too: services trim what they
 * store, so "   " would otherwise pass validation and be saved as an empty name.
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_NOT_BLANK,
      validator: { validate: (value) => typeof value === 'string' && value.trim().length > 0 },
    },
    options,
  );
}

/**
 * class-validator constraint names → the messages the client translates. Keyed by the
 * library's own constants: its names are not always the decorators' (`@IsUUID` is "isUuid").
 */
const MESSAGES: Record<string, FieldMessage> = {
  [IS_NOT_EMPTY]: FieldMessage.REQUIRED,
  [IS_NOT_BLANK]: FieldMessage.REQUIRED,
  [IS_DEFINED]: FieldMessage.REQUIRED,
  [MAX_LENGTH]: FieldMessage.TOO_LONG,
  [ARRAY_MAX_SIZE]: FieldMessage.TOO_LONG,
  [MIN_LENGTH]: FieldMessage.TOO_SHORT,
  [ARRAY_MIN_SIZE]: FieldMessage.TOO_SHORT,
  [IS_EMAIL]: FieldMessage.INVALID_EMAIL,
  [MATCHES]: FieldMessage.INVALID,
  [MIN]: FieldMessage.OUT_OF_RANGE,
  [MAX]: FieldMessage.OUT_OF_RANGE,
  [IS_INT]: FieldMessage.INVALID,
  [IS_UUID]: FieldMessage.UNKNOWN_REFERENCE,
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
  const errors = await fieldErrors(input, prefix);
  if (errors.length > 0) throw new BadInputError(errors);
}

/** Every bad field of `input`, named by dotted path, without throwing (for import previews). */
export async function fieldErrors(input: object, prefix = ''): Promise<FieldError[]> {
  const errors = await validate(input, { forbidUnknownValues: false, stopAtFirstError: true });
  return flatten(errors, prefix, []);
}
